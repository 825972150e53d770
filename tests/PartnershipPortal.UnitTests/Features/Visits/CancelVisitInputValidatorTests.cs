using PartnershipPortal.Core.Features.Visits;
using PartnershipPortal.UnitTests.Features.Common;

namespace PartnershipPortal.UnitTests.Features.Visits;

public sealed class CancelVisitInputValidatorTests
{
    private readonly CancelVisitInputValidator _validator = new();

    [Fact]
    public void Validate_WhenAReasonIsGiven_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, new CancelVisitInput { Reason = "Postponed by the guests until autumn." });

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_WhenTheReasonIsEmpty_ReportsReason(string reason) =>
        ValidatorAssert.ReportsOnly(_validator, new CancelVisitInput { Reason = reason },
            "Reason", "CancelVisit.Reason.Required", "Say why the visit is cancelled, such as \"postponed by the guests\".");

    [Fact]
    public void Validate_WhenTheReasonGoesPastItsLimit_ReportsReason() =>
        ValidatorAssert.LimitsText(_validator, () => new CancelVisitInput(), "Reason", CancelVisitInput.ReasonMaxLength,
            "CancelVisit.Reason.TooLong", "The reason can be at most 1000 characters long (this one has 1001).");
}
