using System.Globalization;
using CsvHelper;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.Core.Reporting;
using PartnershipPortal.IntegrationTests.Infrastructure;
using PartnershipPortal.Web;
using PartnershipPortal.Web.Features.Reports;

namespace PartnershipPortal.IntegrationTests.Features.Reports;

/// <summary>The follow-up status report in the store, and its CSV read back row by row, on both stores (today is 1 June 2025).</summary>
public abstract class FollowUpReportTests(TestStore store)
{
    private Task SeedAsync() => store.SeedOnceAsync("follow-up-report", async db =>
    {
        var host = new Institution { Name = "Xianyang Polytechnic Institute", Kind = InstitutionKind.College, CountryCode = "CN", IsHome = true };
        var visit = new Visit { Title = "Визит делегации ВКТУ", Direction = VisitDirection.Inbound, HostInstitution = host, Status = VisitStatus.Completed };
        visit.Schedule(new DateOnly(2025, 5, 20), new DateOnly(2025, 5, 20));
        var agreement = new CooperationAgreement { Title = "中哈职业教育合作备忘录", Kind = AgreementKind.MemorandumOfUnderstanding, Status = AgreementStatus.Active };
        agreement.AddParty(host);
        agreement.AddParty(new Institution { Name = "EKTU", Kind = InstitutionKind.University, CountryCode = "KZ" });
        var owner = new Person { FullName = "Ли Вэй (李伟)", Institution = host };
        var overdue = FollowUpAction.ForVisit(visit, "Send the photos to EKTU");
        overdue.DueOn = new DateOnly(2025, 5, 25);
        overdue.Owner = owner;
        var formula = FollowUpAction.ForAgreement(agreement, "=1+1 draft the annex");
        formula.DueOn = new DateOnly(2025, 6, 15);
        formula.ChangeStatus(FollowUpStatus.InProgress, TestStore.Start);
        var done = FollowUpAction.ForVisit(visit, "Thank-you letter");
        done.DueOn = new DateOnly(2025, 5, 22);
        done.ChangeStatus(FollowUpStatus.Done, new DateTimeOffset(2025, 5, 21, 9, 0, 0, TimeSpan.Zero), null, "Aigerim");
        var undated = FollowUpAction.ForAgreement(agreement, "Plan the next visit");
        db.AddRange(visit, agreement, owner, overdue, formula, done, undated);
        await db.SaveChangesAsync();
    });

    private FollowUpReportService Service => new(store.Contexts, store.Clock, new FollowUpReportValidator());

    private async Task<List<string>> TitlesAsync(FollowUpReportDefinition definition)
    {
        await SeedAsync();
        var preview = await Service.PreviewAsync(definition);
        Assert.Equal(preview.TotalCount, await Service.CountAsync(definition));
        return preview.Rows.Select(r => r.Title).ToList();
    }

    [Fact]
    public async Task EachFilter_NarrowsTheActions_SoonestDueFirst_UndatedLast()
    {
        Assert.Equal(["Thank-you letter", "Send the photos to EKTU", "=1+1 draft the annex", "Plan the next visit"], await TitlesAsync(new()));
        Assert.Equal(["Send the photos to EKTU", "Plan the next visit"], await TitlesAsync(new() { Statuses = ["Open"] }));
        Assert.Equal(["Send the photos to EKTU"], await TitlesAsync(new() { OverdueOnly = true }));
        Assert.Equal(["Thank-you letter", "Send the photos to EKTU"], await TitlesAsync(new() { DueFrom = new DateOnly(2025, 5, 1), DueTo = new DateOnly(2025, 5, 31) }));
    }

    [Fact]
    public async Task TheRows_SayWhoseWhatForAndHowLate()
    {
        await SeedAsync();

        var rows = await Service.RowsAsync(new()).ToListAsync();

        Assert.Equal((FollowUpStatus.Done, new DateOnly(2025, 5, 21), "Aigerim", (int?)null), (rows[0].Status, rows[0].CompletedOn, rows[0].CompletedBy, rows[0].DaysOverdue));
        Assert.Equal(("Ли Вэй (李伟)", "Визит делегации ВКТУ", 7), (rows[1].Owner, rows[1].Visit, rows[1].DaysOverdue));
        Assert.Equal(("中哈职业教育合作备忘录", (int?)null), (rows[2].Agreement, rows[2].DaysOverdue));
    }

    [Fact]
    public async Task TheCsv_ReadsBackAsTheQueryRows()
    {
        await SeedAsync();
        var layout = new FollowUpReportLayout(ReportTestData.Localizer<ReportResource>(), ReportTestData.Localizer<SharedResource>());
        var expected = await Service.RowsAsync(new()).Select(layout.Line).ToListAsync();
        using var output = new MemoryStream();

        await CsvReportWriter.WriteAsync(layout.Document(new(), "Tester", store.Clock.GetUtcNow()), Service.RowsAsync(new()).Select(layout.Line), output, CancellationToken.None);

        using var csv = CsvReader.Create(output.ToArray(), new CsvReaderOptions { HasHeader = true });
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Current.ToArray());
        }

        Assert.Equal(["Action", "Status", "Owner", "Due", "Days overdue", "Visit", "Agreement", "Completed", "Completed by"], csv.Headers);
        Assert.Equal(expected.Select(line => line.Cells.Select(c => c switch
        {
            null => string.Empty,
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            int number => number.ToString(CultureInfo.InvariantCulture),
            _ => CsvReportWriter.Neutralise((string)c),
        }).ToArray()), rows);
        Assert.Equal(["'=1+1 draft the annex", "In progress", "", "2025-06-15", "", "", "中哈职业教育合作备忘录", "", ""], rows[2]);
    }
}

public sealed class SqliteFollowUpReportTests(SqliteStore store) : FollowUpReportTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresFollowUpReportTests(PostgresStore store) : FollowUpReportTests(store), IClassFixture<PostgresStore>;
