using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Demo;

namespace PartnershipPortal.UnitTests.Domain;

public sealed class DelegationTests
{
    private static Delegation WithMembers(params string[] names)
    {
        var delegation = new Delegation { Title = "Delegation from Kazakhstan" };
        foreach (var name in names)
        {
            delegation.AddMember(new Person { FullName = name });
        }

        return delegation;
    }

    private static Delegation FourNamed() =>
        WithMembers("Ruslan Ismukhambetov", "Mashekenova Assiya", "Irgebayev Yernar", "Erlan Nursultanovich Safin");

    [Fact]
    public void ReferenceDelegation_DeclaresFifteenAndNamesFour()
    {
        var delegation = ReferenceVisit.Create().Delegation;

        Assert.Equal(15, delegation.DeclaredSize);
        Assert.Equal(4, delegation.Members.Count);
        Assert.Equal(5, delegation.Institutions.Count);
    }

    [Theory]
    [InlineData(15)]
    [InlineData(4)]
    [InlineData(Delegation.MaxDeclaredSize)]
    [InlineData(null)]
    public void SetDeclaredSize_WhenItCoversTheNamedMembers_SetsIt(int? size)
    {
        var delegation = FourNamed();

        delegation.SetDeclaredSize(size);

        Assert.Equal(size, delegation.DeclaredSize);
    }

    [Fact]
    public void SetDeclaredSize_WhenBelowTheNamedMembers_Refuses()
    {
        var delegation = FourNamed();

        var error = Assert.Throws<DomainException>(() => delegation.SetDeclaredSize(3));

        Assert.Equal("The declared size (3) cannot be below the 4 named members.", error.Message);
        Assert.Null(delegation.DeclaredSize);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(Delegation.MaxDeclaredSize + 1)]
    public void SetDeclaredSize_WhenOutOfRange_Refuses(int size)
    {
        var delegation = WithMembers();

        var error = Assert.Throws<DomainException>(() => delegation.SetDeclaredSize(size));

        Assert.Equal("A delegation's declared size must be between 1 and 1000.", error.Message);
    }

    [Fact]
    public void AddMember_WhenWithinTheDeclaredSize_AddsAndRepresentsTheirInstitution()
    {
        var ektu = new Institution { Name = "East Kazakhstan Technical University", CountryCode = "KZ" };
        var delegation = WithMembers("Ruslan Ismukhambetov");
        delegation.SetDeclaredSize(2);

        var member = delegation.AddMember(new Person { FullName = "Mashekenova Assiya", Institution = ektu }, "Vice President of EKTU");

        Assert.Equal(1, member.Order);
        Assert.Same(ektu, Assert.Single(delegation.Institutions).Institution);
    }

    [Fact]
    public void AddMember_WhenTheDeclaredSizeIsReached_Refuses()
    {
        var delegation = WithMembers("Ruslan Ismukhambetov", "Mashekenova Assiya");
        delegation.SetDeclaredSize(2);

        var error = Assert.Throws<DomainException>(() => delegation.AddMember(new Person { FullName = "Irgebayev Yernar" }));

        Assert.Equal("The delegation declares 2 members; another named member would exceed it.", error.Message);
        Assert.Equal(2, delegation.Members.Count);
    }

    [Fact]
    public void AddMember_WhenThePersonIsAlreadyAMember_Refuses()
    {
        var delegation = new Delegation { Title = "Delegation from Kazakhstan" };
        var person = new Person { FullName = "Mashekenova Assiya" };
        delegation.AddMember(person);

        var error = Assert.Throws<DomainException>(() => delegation.AddMember(person));

        Assert.Equal("Mashekenova Assiya is already a member of this delegation.", error.Message);
    }

    [Fact]
    public void AddMember_WhenTheSameStoredPersonComesAsAnotherObject_Refuses()
    {
        var delegation = new Delegation { Title = "Delegation from Kazakhstan" };
        delegation.AddMember(new Person { Id = 12, FullName = "Erlan Nursultanovich Safin" });

        var error = Assert.Throws<DomainException>(() => delegation.AddMember(new Person { Id = 12, FullName = "Erlan Nursultanovich Safin" }));

        Assert.Equal("Erlan Nursultanovich Safin is already a member of this delegation.", error.Message);
    }

    [Fact]
    public void SetHead_WhenTheHeadIsANamedMember_SetsAndClearsIt()
    {
        var delegation = FourNamed();
        var head = delegation.Members[1].Person;

        delegation.SetHead(head);
        Assert.Same(head, delegation.Head);

        delegation.SetHead(null);
        Assert.Null(delegation.Head);
    }

    [Fact]
    public void SetHead_WhenTheHeadIsNotAMember_Refuses()
    {
        var delegation = FourNamed();

        var error = Assert.Throws<DomainException>(() => delegation.SetHead(new Person { FullName = "Wu Xujin" }));

        Assert.Equal("The head of a delegation must be one of its named members.", error.Message);
        Assert.Null(delegation.Head);
    }
}
