using FluentValidation;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.People;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.IntegrationTests.Infrastructure;
using static PartnershipPortal.IntegrationTests.Features.Reports.DirectoryReportTestData;

namespace PartnershipPortal.IntegrationTests.Features.Reports;

/// <summary>The directory export's two lists in the store: exact rows, sorted by name, each filter, archived records, on both stores.</summary>
public abstract class DirectoryReportTests(TestStore store)
{
    private async Task<List<string>> NamesAsync<TEntity, TDefinition, TRow>(
        DirectoryReportService<TEntity, TDefinition, TRow> service, TDefinition definition, Func<TRow, string> name)
        where TEntity : class
        where TDefinition : IDirectoryReportDefinition
    {
        await SeedAsync(store);
        var preview = await service.PreviewAsync(definition);
        var rows = await service.RowsAsync(definition).ToListAsync();
        Assert.Equal(rows, preview.Rows);
        Assert.Equal((rows.Count, rows.Count), (preview.TotalCount, await service.CountAsync(definition)));
        return rows.Select(name).ToList();
    }

    private Task<List<string>> InstitutionNamesAsync(InstitutionReportDefinition definition) => NamesAsync(InstitutionReports(store), definition, r => r.Name);

    private Task<List<string>> PersonNamesAsync(PersonReportDefinition definition) => NamesAsync(PersonReports(store), definition, r => r.FullName);

    [Fact]
    public async Task Institutions_WithArchived_AreEveryInstitutionByName_TheHomeOneMarked()
    {
        var seeded = await SeedAsync(store);

        var rows = await InstitutionReports(store).RowsAsync(new() { IncludeArchived = true }).ToListAsync();

        Assert.Equal(
        [
            new(seeded.FormulaId, FormulaName, null, null, InstitutionKind.Company, "RU", null, "Москва", null, null, null, RelationshipStatus.Prospect, 0, 0, false, false),
            new(seeded.AktobeId, Aktobe, null, null, InstitutionKind.College, "KZ", null, "Aktobe", null, null, Ektu, RelationshipStatus.Dormant, 0, 1, false, true),
            new(seeded.XypiId, Xypi, "咸阳职业技术学院", "XYPI", InstitutionKind.College, "CN", "Shaanxi", "Xianyang", "https://www.xypi.edu.cn", null, null,
                RelationshipStatus.Prospect, 2, 2, true, false),
            new(seeded.EktuId, Ektu, null, "ВКТУ", InstitutionKind.University, "KZ", "East Kazakhstan", "Öskemen", "https://www.ektu.kz", "05gq02987", null,
                RelationshipStatus.ActivePartner, 1, 1, false, false),
            new InstitutionReportRow(seeded.NormalId, Normal, null, null, InstitutionKind.University, "CN", null, "咸阳", null, null, null, RelationshipStatus.Former, 0, 1, false, false),
        ], rows);
    }

    [Fact]
    public async Task Institutions_EachFilter_NarrowsTheList_ArchivedLeftOutUnlessAsked()
    {
        Assert.Equal([FormulaName, Xypi, Ektu, Normal], await InstitutionNamesAsync(new()));
        Assert.Equal([Ektu], await InstitutionNamesAsync(new() { CountryCode = "KZ" }));
        Assert.Equal([Aktobe, Ektu], await InstitutionNamesAsync(new() { CountryCode = "KZ", IncludeArchived = true }));
        Assert.Equal([Ektu, Normal], await InstitutionNamesAsync(new() { Kind = "University" }));
        Assert.Equal([Aktobe, Xypi], await InstitutionNamesAsync(new() { Kind = "College", IncludeArchived = true }));
        Assert.Equal([Ektu], await InstitutionNamesAsync(new() { Text = "вкту" }));
        Assert.Equal([Ektu], await InstitutionNamesAsync(new() { Text = "OSKEMEN" }));
        Assert.Equal([Xypi, Normal], await InstitutionNamesAsync(new() { Text = "咸阳" }));
        Assert.Equal([Xypi], await InstitutionNamesAsync(new() { Text = "咸阳", CountryCode = "CN", Kind = "College" }));
        Assert.Equal([], await InstitutionNamesAsync(new() { Text = "aktobe" }));
        Assert.Equal([Aktobe], await InstitutionNamesAsync(new() { Text = "aktobe", IncludeArchived = true }));
    }

    [Fact]
    public async Task People_WithArchived_AreEveryPersonByName_WithTheirInstitutionsCountry()
    {
        var seeded = await SeedAsync(store);

        var rows = await PersonReports(store).RowsAsync(new() { IncludeArchived = true }).ToListAsync();

        Assert.Equal(
        [
            new(seeded.People["Erlan Nursultanovich Safin"], "Erlan Nursultanovich Safin", null, "Vice President", Aktobe, null, "KZ", null, "8 (7132) 55-12-34", false),
            new(seeded.People["Li Wei"], "Li Wei", "李伟", "Dean", Xypi, "Automotive School", "CN", "li.wei@xypi.example", null, false),
            new(seeded.People["Mashekenova Assiya"], "Mashekenova Assiya", "Машекенова Асия", "Vice President", Ektu, "Faculty of Engineering", "KZ",
                "assiya@ektu.example", AssiyaPhone, false),
            new(seeded.People["Wu Xujin"], "Wu Xujin", null, "Vice President", Xypi, null, "CN", null, null, false),
            new(seeded.People["Zhang Min"], "Zhang Min", null, "Consultant", null, null, null, null, null, false),
            new(seeded.People[PersonErasure.Marker], PersonErasure.Marker, null, null, Normal, null, "CN", null, null, false),
            new PersonReportRow(seeded.People["Ирина Петрова"], "Ирина Петрова", null, "Dean", Ektu, null, "KZ", "petrova@ektu.example", null, true),
        ], rows);
    }

    [Fact]
    public async Task People_EachFilter_NarrowsTheList_ArchivedLeftOutUnlessAsked()
    {
        var seeded = await SeedAsync(store);
        string[] everyone = ["Erlan Nursultanovich Safin", "Li Wei", "Mashekenova Assiya", "Wu Xujin", "Zhang Min", PersonErasure.Marker];

        Assert.Equal(everyone, await PersonNamesAsync(new()));
        Assert.Equal([.. everyone, "Ирина Петрова"], await PersonNamesAsync(new() { IncludeArchived = true }));
        Assert.Equal(["Erlan Nursultanovich Safin", "Mashekenova Assiya"], await PersonNamesAsync(new() { CountryCode = "KZ" }));
        Assert.Equal(["Erlan Nursultanovich Safin", "Li Wei", "Wu Xujin"], await PersonNamesAsync(new() { Kind = "College" }));
        Assert.Equal(["Mashekenova Assiya"], await PersonNamesAsync(new() { InstitutionId = seeded.EktuId }));
        Assert.Equal(["Mashekenova Assiya", "Ирина Петрова"], await PersonNamesAsync(new() { InstitutionId = seeded.EktuId, IncludeArchived = true }));
        Assert.Equal([], await PersonNamesAsync(new() { InstitutionId = seeded.FormulaId }));
        Assert.Equal(["Mashekenova Assiya"], await PersonNamesAsync(new() { Text = "машекенова" }));
        Assert.Equal(["Li Wei"], await PersonNamesAsync(new() { Text = "李伟" }));
        Assert.Equal(["Li Wei", "Wu Xujin"], await PersonNamesAsync(new() { Text = "xypi" }));
        Assert.Equal(["Mashekenova Assiya", "Ирина Петрова"], await PersonNamesAsync(new() { Text = "ВКТУ", Kind = "University", CountryCode = "KZ", IncludeArchived = true }));
    }

    [Fact]
    public async Task BadFilters_AreRefusedBeforeAnythingIsRead()
    {
        await SeedAsync(store);

        var unknown = await Assert.ThrowsAsync<ValidationException>(() => PersonReports(store).PreviewAsync(new() { InstitutionId = 987654 }));
        var kind = await Assert.ThrowsAsync<ValidationException>(() => InstitutionReports(store).CountAsync(new() { Kind = "Startup" }));

        Assert.Equal(["No institution has the id 987654: choose the institution from the list."], unknown.Errors.Select(e => e.ErrorMessage));
        Assert.Equal(["Unknown kind of institution 'Startup'. Choose from: University, College, VocationalSchool, Company, GovernmentBody, Association, Other."],
            kind.Errors.Select(e => e.ErrorMessage));
    }
}

public sealed class SqliteDirectoryReportTests(SqliteStore store) : DirectoryReportTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresDirectoryReportTests(PostgresStore store) : DirectoryReportTests(store), IClassFixture<PostgresStore>;
