using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.UnitTests.Domain;

public sealed class InstitutionTests
{
    private static Institution Named(string name, int id = 0) => new() { Id = id, Name = name, CountryCode = "KZ" };

    [Fact]
    public void SetParent_WhenTheParentIsAnotherInstitution_PlacesItUnderThatParent()
    {
        var erg = Named("Eurasian Resources Group", id: 3);
        var college = Named("Training college");

        college.SetParent(erg);

        Assert.Same(erg, college.Parent);
        Assert.Equal(3, college.ParentId);
    }

    [Fact]
    public void SetParent_WhenCleared_RemovesTheParent()
    {
        var college = Named("Training college");
        college.SetParent(Named("Eurasian Resources Group", id: 3));

        college.SetParent(null);

        Assert.Null(college.Parent);
        Assert.Null(college.ParentId);
    }

    [Fact]
    public void SetParent_WhenTheParentIsItself_Refuses()
    {
        var ektu = Named("East Kazakhstan Technical University");

        var error = Assert.Throws<DomainException>(() => ektu.SetParent(ektu));

        Assert.Equal("An institution cannot be its own parent or ancestor.", error.Message);
        Assert.Null(ektu.Parent);
    }

    [Fact]
    public void SetParent_WhenTheParentIsADescendant_Refuses()
    {
        var university = Named("East Kazakhstan Technical University");
        var faculty = Named("School of Engineering");
        var institute = Named("Institute of Metallurgy");
        faculty.SetParent(university);
        institute.SetParent(faculty);

        var error = Assert.Throws<DomainException>(() => university.SetParent(institute));

        Assert.Equal("An institution cannot be its own parent or ancestor.", error.Message);
        Assert.Null(university.Parent);
    }

    [Fact]
    public void SetParent_WhenTheStoredSelfComesAsAnotherObject_Refuses()
    {
        var university = Named("East Kazakhstan Technical University", id: 2);
        var child = Named("School of Engineering", id: 9);
        child.SetParent(Named("East Kazakhstan Technical University", id: 2));

        var error = Assert.Throws<DomainException>(() => university.SetParent(child));

        Assert.Equal("An institution cannot be its own parent or ancestor.", error.Message);
    }
}
