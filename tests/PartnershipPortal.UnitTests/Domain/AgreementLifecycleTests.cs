using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.UnitTests.Domain;

public sealed class AgreementLifecycleTests
{
    private static readonly DateTimeOffset Noon = new(2025, 9, 1, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<AgreementStatus, AgreementStatus> Allowed() => new()
    {
        { AgreementStatus.Draft, AgreementStatus.UnderNegotiation },
        { AgreementStatus.UnderNegotiation, AgreementStatus.Signed },
        { AgreementStatus.UnderNegotiation, AgreementStatus.Draft },
        { AgreementStatus.Signed, AgreementStatus.Active },
        { AgreementStatus.Signed, AgreementStatus.Terminated },
        { AgreementStatus.Active, AgreementStatus.Expired },
        { AgreementStatus.Active, AgreementStatus.Terminated },
        { AgreementStatus.Active, AgreementStatus.Renewed },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void AnAllowedMove_ChangesTheStatus_AndRecordsWhoWhenAndWhy(AgreementStatus from, AgreementStatus to)
    {
        var agreement = new CooperationAgreement { Title = "Memorandum", Status = from };

        var transition = agreement.MoveTo(to, Noon, "user-1", "Aigerim Sadykova", "  Signed in Xianyang  ");

        Assert.Equal(to, agreement.Status);
        Assert.Same(transition, Assert.Single(agreement.Transitions));
        Assert.Equal((from, to, Noon, "user-1", "Aigerim Sadykova", "Signed in Xianyang"),
            (transition.From, transition.To, transition.At, transition.ByUserId, transition.ByName, transition.Reason));
    }

    [Fact]
    public void EveryOtherMove_IsRefused_AndLeavesTheAgreementAsItWas()
    {
        var allowed = Allowed().Select(row => ((AgreementStatus)row[0], (AgreementStatus)row[1])).ToHashSet();
        var refused = 0;
        foreach (var from in Enum.GetValues<AgreementStatus>())
        {
            foreach (var to in Enum.GetValues<AgreementStatus>().Where(to => !allowed.Contains((from, to))))
            {
                var agreement = new CooperationAgreement { Title = "Memorandum", Status = from };
                var error = Assert.Throws<DomainException>(() => agreement.MoveTo(to, Noon, null, "System", null));
                Assert.Equal($"An agreement cannot move from {from} to {to}.", error.Message);
                Assert.Equal(from, agreement.Status);
                Assert.Empty(agreement.Transitions);
                refused++;
            }
        }

        Assert.Equal((7 * 7) - 8, refused);
    }
}
