using System.Globalization;
using CsvHelper;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Demo;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.Core.Reporting;
using PartnershipPortal.IntegrationTests.Infrastructure;
using PartnershipPortal.Web;
using PartnershipPortal.Web.Features.Reports;

namespace PartnershipPortal.IntegrationTests.Features.Reports;

/// <summary>The visits report in the store, and its CSV read back row by row, on both stores.</summary>
public abstract class VisitReportTests(TestStore store)
{
    private const string FormulaTitle = "=HYPERLINK(\"http://evil.example\") visit";

    private sealed record Seeded(ReferenceVisit Graph, int UnitId, string[] ReferenceUnits);

    private Task<Seeded> SeedAsync() => store.SeedOnceAsync("visit-report", async db =>
    {
        var graph = ReferenceVisit.Create();
        db.Visits.Add(graph.Visit);
        var outbound = new Visit { Title = "XYPI delegation to ВКТУ 东哈", Direction = VisitDirection.Outbound, HostInstitution = graph.Ektu, Status = VisitStatus.Planned };
        outbound.Schedule(new DateOnly(2025, 9, 10), new DateOnly(2025, 9, 12));
        var formula = new Visit { Title = FormulaTitle, Direction = VisitDirection.Inbound, HostInstitution = graph.Xypi, Status = VisitStatus.Completed };
        formula.Schedule(new DateOnly(2024, 1, 5), new DateOnly(2024, 1, 5));
        formula.AddHostByRole("Director of the international office", graph.InternationalOffice);
        db.Visits.AddRange(outbound, formula);
        await db.SaveChangesAsync();
        var units = graph.Visit.Hosts.Where(h => h.Unit is not null).OrderBy(h => h.Order).Select(h => h.Unit!.Name).Distinct().ToArray();
        return new Seeded(graph, graph.InternationalOffice.Id, units);
    });

    private VisitReportService Service => new(store.Contexts, store.Clock, new VisitReportValidator(new StoredReportReferences(store.Contexts)));

    private static VisitReportLayout Layout => new(ReportTestData.Localizer<ReportResource>(), ReportTestData.Localizer<SharedResource>());

    private async Task<List<string>> TitlesAsync(VisitReportDefinition definition)
    {
        var preview = await Service.PreviewAsync(definition);
        Assert.Equal(preview.TotalCount, await Service.CountAsync(definition));
        return preview.Rows.Select(r => r.Title).ToList();
    }

    [Fact]
    public async Task EachFilter_NarrowsTheVisits_OldestFirst()
    {
        var seeded = await SeedAsync();
        var reference = seeded.Graph.Visit.Title;
        var withOffice = seeded.Graph.Visit.Hosts.Any(h => h.Unit == seeded.Graph.InternationalOffice);

        Assert.Equal([FormulaTitle, reference, "XYPI delegation to ВКТУ 东哈"], await TitlesAsync(new()));
        Assert.Equal(["XYPI delegation to ВКТУ 东哈"], await TitlesAsync(new() { Direction = "Outbound" }));
        Assert.Equal([reference, "XYPI delegation to ВКТУ 东哈"], await TitlesAsync(new() { CountryCode = "KZ" }));
        Assert.Equal([reference], await TitlesAsync(new() { From = new DateOnly(2025, 5, 20), To = new DateOnly(2025, 5, 20) }));
        Assert.Equal([reference, "XYPI delegation to ВКТУ 东哈"], await TitlesAsync(new() { From = ReferenceVisit.Date }));
        Assert.Equal(withOffice ? [FormulaTitle, reference] : [FormulaTitle], await TitlesAsync(new() { UnitId = seeded.UnitId }));
    }

    [Fact]
    public async Task TheReferenceVisit_CarriesItsDelegationAndHosts()
    {
        var seeded = await SeedAsync();

        var row = (await Service.RowsAsync(new() { From = ReferenceVisit.Date, To = ReferenceVisit.Date }).ToListAsync()).Single();

        var delegation = seeded.Graph.Delegation;
        Assert.Equal((VisitDirection.Inbound, new ReportParty("Xianyang Polytechnic Institute", "CN")), (row.Direction, row.Host));
        Assert.Equal(delegation.Title, row.Delegation);
        Assert.Equal(delegation.Institutions.OrderBy(i => i.Order).Select(i => new ReportParty(i.Institution!.Name, i.Institution.CountryCode)), row.DelegationInstitutions);
        Assert.Equal((delegation.Members.Count, 15), (row.Members, row.DeclaredSize));
        Assert.Equal(seeded.ReferenceUnits, row.HostUnits);
    }

    [Fact]
    public async Task TheCsv_ReadsBackAsTheQueryRows()
    {
        await SeedAsync();
        var layout = Layout;
        var definition = new VisitReportDefinition();
        var expected = await Service.RowsAsync(definition).Select(layout.Line).ToListAsync();
        var document = layout.Document(definition, null, "Tester", store.Clock.GetUtcNow());
        using var output = new MemoryStream();

        Assert.Equal(3, await CsvReportWriter.WriteAsync(document, Service.RowsAsync(definition).Select(layout.Line), output, CancellationToken.None));

        using var csv = CsvReader.Create(output.ToArray(), new CsvReaderOptions { HasHeader = true });
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Current.ToArray());
        }

        Assert.Equal(layout.Headings, csv.Headers);
        Assert.Equal(expected.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(expected[i].Cells.Select(c => c switch
            {
                null => string.Empty,
                DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                int number => number.ToString(CultureInfo.InvariantCulture),
                _ => CsvReportWriter.Neutralise((string)c),
            }), rows[i]);
        }

        Assert.Equal("'" + FormulaTitle, rows[0][0]);
        Assert.StartsWith("Eurasian Resources Group (Kazakhstan); ", rows[1][7], StringComparison.Ordinal);
        Assert.Equal("XYPI delegation to ВКТУ 东哈", rows[2][0]);
    }
}

public sealed class SqliteVisitReportTests(SqliteStore store) : VisitReportTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresVisitReportTests(PostgresStore store) : VisitReportTests(store), IClassFixture<PostgresStore>;
