using FluentValidation;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.Reports;

/// <summary>The agreement report's filters, order, grouping and rows, computed in the store.</summary>
public abstract class AgreementReportQueryTests(TestStore store)
{
    private static readonly string[] AllColumns = [.. AgreementReportColumns.All];

    private AgreementReportService Service => ReportTestData.Service(store);

    private async Task<int> CountAsync(AgreementReportDefinition definition)
    {
        await ReportTestData.SeedAsync(store);
        var preview = await Service.PreviewAsync(definition);
        Assert.Equal(preview.TotalCount, await Service.CountAsync(definition));
        return preview.TotalCount;
    }

    [Fact]
    public async Task EachFilter_NarrowsTheReport_InTheStore()
    {
        var seeded = await ReportTestData.SeedAsync(store);
        var injections = ReportTestData.InjectionTitles.Length;

        Assert.Equal(2 + injections + ReportTestData.BulkCount, await CountAsync(new()));
        Assert.Equal(injections, await CountAsync(new() { CountryCode = "RU" }));
        Assert.Equal(1 + ReportTestData.BulkCount, await CountAsync(new() { CountryCode = "KZ" }));
        Assert.Equal(2, await CountAsync(new() { PartyInstitutionId = seeded.ChineseId }));
        Assert.Equal(3, await CountAsync(new() { Statuses = ["Draft"] }));
        Assert.Equal(injections, await CountAsync(new() { Statuses = ["Draft", "Expired"] }));
        Assert.Equal(1, await CountAsync(new() { Kinds = ["StudentExchange"] }));
        Assert.Equal(1 + injections, await CountAsync(new() { ResponsibleUnitId = seeded.UnitId }));
        Assert.Equal(2, await CountAsync(new() { FieldCode = "07" }));
        Assert.Equal(1, await CountAsync(new() { FieldCode = "011" }));
        Assert.Equal(1, await CountAsync(new() { FrameworkId = seeded.FrameworkId }));
        Assert.Equal(1, await CountAsync(new() { SignedFrom = new DateOnly(2025, 5, 1), SignedTo = new DateOnly(2025, 5, 31) }));
        Assert.Equal(3, await CountAsync(new() { SignedFrom = new DateOnly(2020, 1, 1), SignedTo = new DateOnly(2020, 12, 31) }));
        Assert.Equal(1, await CountAsync(new() { ExpiresWithinDays = 29 }));
        Assert.Equal(0, await CountAsync(new() { ExpiresWithinDays = 28 }));
        Assert.Equal(1, await CountAsync(new() { CountryCode = "KZ", Kinds = ["StudentExchange"], ResponsibleUnitId = seeded.OtherUnitId, FieldCode = "0715" }));
    }

    [Fact]
    public async Task TheRows_CarryEveryColumn_InBothScripts()
    {
        await ReportTestData.SeedAsync(store);

        var preview = await Service.PreviewAsync(new() { Kinds = ["MemorandumOfUnderstanding", "StudentExchange"], Columns = AllColumns, Sort = "signed" });

        Assert.Equal(2, preview.TotalCount);
        var chinese = preview.Rows[0];
        Assert.Equal(ReportTestData.ChineseTitle, chinese.Title);
        Assert.Equal([new ReportParty("Xianyang Polytechnic Institute", "CN"), new ReportParty(ReportTestData.ChinesePartner, "CN")], chinese.Parties);
        Assert.Equal(("International Office", "Ли Вэй (李伟)"), (chinese.ResponsibleUnit, chinese.ResponsiblePerson));
        Assert.Equal((new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 1), new DateOnly(2025, 6, 30)), (chinese.SignedOn, chinese.EffectiveOn, chinese.ExpiresOn));
        Assert.Equal(29, chinese.DaysToExpiry);
        Assert.Equal(["0114", "0715"], chinese.Fields);
        Assert.Equal(["Belt and Road Initiative"], chinese.Frameworks);
        Assert.Equal((0, "CN"), (chinese.Visits, chinese.PartnerCountryCode));

        var cyrillic = preview.Rows[1];
        Assert.Equal(ReportTestData.CyrillicTitle, cyrillic.Title);
        Assert.Equal(AgreementStatus.Active, cyrillic.Status);
        Assert.Equal([ReportTestData.CyrillicPartner, ReportTestData.ChinesePartner], cyrillic.Parties.Skip(1).Select(p => p.Name));
        Assert.Equal((1, "KZ", 1825), (cyrillic.Visits, cyrillic.PartnerCountryCode, cyrillic.DaysToExpiry));
        Assert.Null(cyrillic.ResponsiblePerson);
        Assert.Empty(cyrillic.Frameworks);
    }

    [Fact]
    public async Task TheStream_ReadsEveryRowInOrder_AcrossBatches()
    {
        await ReportTestData.SeedAsync(store);
        var definition = new AgreementReportDefinition { Kinds = ["Internship"], Columns = ["title", "parties"], Descending = true };

        var rows = await Service.RowsAsync(definition).ToListAsync();

        Assert.Equal(ReportTestData.BulkCount, rows.Count);
        Assert.Equal(Enumerable.Range(0, ReportTestData.BulkCount).Reverse().Select(i => $"Internship {i:0000}"), rows.Select(r => r.Title));
        Assert.All(rows, r => Assert.Equal(["Xianyang Polytechnic Institute", ReportTestData.CyrillicPartner], r.Parties.Select(p => p.Name)));
        Assert.Equal((await Service.PreviewAsync(definition)).Rows.Select(r => r.Id), rows.Take(AgreementReportService.PreviewSize).Select(r => r.Id));
    }

    [Fact]
    public async Task EmptyValues_SortLast_WhicheverTheDirection()
    {
        await ReportTestData.SeedAsync(store);

        foreach (var descending in new[] { false, true })
        {
            var rows = await Service.RowsAsync(new() { CountryCode = "RU", Sort = "signed", Descending = descending, Columns = ["title", "signed"] }).ToListAsync();

            Assert.Equal([false, false, false, true, true, true], rows.Select(r => r.SignedOn is null));
            var dates = rows.Take(3).Select(r => r.SignedOn!.Value).ToList();
            Assert.Equal(descending ? dates.OrderDescending() : dates.Order(), dates);
        }
    }

    [Fact]
    public async Task GroupingByCountry_PutsEachPartnersCountryTogether()
    {
        await ReportTestData.SeedAsync(store);

        var rows = await Service.RowsAsync(new() { GroupBy = "country", Columns = ["title"] }).ToListAsync();

        var runs = rows.Select(r => r.PartnerCountryCode).Aggregate(new List<(string? Country, int Count)>(), (runs, country) =>
        {
            if (runs.Count > 0 && runs[^1].Country == country)
            {
                runs[^1] = (country, runs[^1].Count + 1);
            }
            else
            {
                runs.Add((country, 1));
            }

            return runs;
        });
        Assert.Equal([("CN", 1), ("KZ", 1 + ReportTestData.BulkCount), ("RU", ReportTestData.InjectionTitles.Length)], runs);
    }

    [Fact]
    public async Task ADefinitionNamingAMissingRecord_IsRefused_BeforeAnyQuery()
    {
        await ReportTestData.SeedAsync(store);

        var error = await Assert.ThrowsAsync<ValidationException>(() => Service.PreviewAsync(new() { PartyInstitutionId = 987_654 }));

        Assert.Equal("No institution has the id 987654: choose the party institution from the list.", Assert.Single(error.Errors).ErrorMessage);
        await Assert.ThrowsAsync<ValidationException>(async () => await Service.RowsAsync(new() { Columns = ["title", "budget"] }).ToListAsync());
    }
}

public sealed class SqliteAgreementReportQueryTests(SqliteStore store) : AgreementReportQueryTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresAgreementReportQueryTests(PostgresStore store) : AgreementReportQueryTests(store), IClassFixture<PostgresStore>;
