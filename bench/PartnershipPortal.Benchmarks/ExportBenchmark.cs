using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Npgsql;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.Core.Reporting;
using PartnershipPortal.Web;
using PartnershipPortal.Web.Features.Reports;

/// <summary>
/// Exports of the agreement report (every column) as CSV and XLSX for 100, 10,000 and 100,000 agreements, each
/// against a baseline in the same run: raw Npgsql reading the same rows and writing them as plain CSV. Prints
/// the median time of three runs, the ratio to the baseline, and the peak growth of the managed heap during
/// the export (sampled every 5 ms): flat memory means the peak stops growing with the rows. Run it with a small
/// first-generation budget (scripts/bench.sh sets DOTNET_GCgen0size) so that the peak shows what is held, not
/// garbage waiting for a collection.
/// </summary>
internal static class ExportBenchmark
{
    private const int Small = 100;
    private const int Medium = 10_000;
    private const int Large = 100_000;

    private static readonly Dictionary<int, string> KindOf = new()
    {
        [Small] = "JointResearch",
        [Medium] = "StudentExchange",
        [Large] = "MemorandumOfUnderstanding",
    };

    public static async Task RunAsync(IDbContextFactory<PortalDbContext> contexts, string connectionString)
    {
        await SeedAsync(contexts, connectionString);
        var service = new AgreementReportService(contexts, TimeProvider.System, new AgreementReportValidator(new StoredReportReferences(contexts)));
        await using var raw = NpgsqlDataSource.Create(PortalDatabase.PostgresConnectionString(connectionString));

        Console.WriteLine();
        Console.WriteLine("export | rows | portal (ms, median of 3) | raw Npgsql CSV (ms) | ratio | peak heap growth (MB) | bytes");
        Console.WriteLine("---|---|---|---|---|---|---");
        var peaks = new Dictionary<(string, int), double>();
        foreach (var rows in new[] { Small, Medium, Large })
        {
            var definition = new AgreementReportDefinition { Kinds = [KindOf[rows]], Columns = [.. AgreementReportColumns.All] };
            var kind = definition.Kinds[0];
            var baseline = await MeasureAsync(() => RawCsvAsync(raw, kind));
            foreach (var format in new[] { "CSV", "XLSX" })
            {
                var portal = await MeasureAsync(() => ExportAsync(service, definition, format));
                peaks[(format, rows)] = portal.PeakMegabytes;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{format} | {rows:N0} | {portal.Milliseconds:F1} | {baseline.Milliseconds:F1} | {portal.Milliseconds / baseline.Milliseconds:F2} | {portal.PeakMegabytes:F1} | {portal.Bytes:N0}"));
            }
        }

        foreach (var format in new[] { "CSV", "XLSX" })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{format}: peak heap growth at {Large:N0} rows over {Small:N0} rows = {peaks[(format, Large)] / Math.Max(0.1, peaks[(format, Small)]):F1}x for {Large / Small}x the rows; over {Medium:N0} rows = {peaks[(format, Large)] / Math.Max(0.1, peaks[(format, Medium)]):F1}x for {Large / Medium}x the rows"));
        }
    }

    private sealed record Measurement(double Milliseconds, double PeakMegabytes, long Bytes);

    /// <summary>The portal's own layout (headings, labels, country names) in English, as the download endpoints use it.</summary>
    private static readonly AgreementReportLayout Layout = CreateLayout();

    private static AgreementReportLayout CreateLayout()
    {
        var localizers = new ServiceCollection().AddLogging().AddLocalization(options => options.ResourcesPath = "Resources")
            .BuildServiceProvider().GetRequiredService<IStringLocalizerFactory>();
        return new AgreementReportLayout(new StringLocalizer<ReportResource>(localizers), new StringLocalizer<SharedResource>(localizers));
    }

    private static async Task<Measurement> MeasureAsync(Func<Task<long>> export)
    {
        await export();
        var times = new List<double>();
        double peak = 0;
        long bytes = 0;
        for (var run = 0; run < 3; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var highest = before;
            using var stop = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    highest = Math.Max(highest, GC.GetTotalMemory(false));
                    await Task.Delay(5);
                }
            });
            var watch = Stopwatch.StartNew();
            bytes = await export();
            watch.Stop();
            await stop.CancelAsync();
            await sampler;
            highest = Math.Max(highest, GC.GetTotalMemory(false));
            times.Add(watch.Elapsed.TotalMilliseconds);
            peak = Math.Max(peak, (highest - before) / 1024.0 / 1024.0);
        }

        times.Sort();
        return new Measurement(times[1], peak, bytes);
    }

    private static async Task<long> ExportAsync(AgreementReportService service, AgreementReportDefinition definition, string format)
    {
        var document = Layout.Document(definition, new AgreementReportNames(null, null, null), "Benchmark", DateTimeOffset.UtcNow, service.Today);
        IAsyncEnumerable<ReportLine> Lines(CancellationToken token) => service.RowsAsync(definition, token).Select(r => Layout.Line(definition, r));
        var output = new CountingStream();
        if (format == "CSV")
        {
            await CsvReportWriter.WriteAsync(document, Lines(CancellationToken.None), output, CancellationToken.None);
        }
        else
        {
            await PipedOutput.CopyAsync((pipe, stop) => XlsxReportWriter.Write(document, Lines(stop).ToBlockingEnumerable(stop), pipe), output, CancellationToken.None);
        }

        return output.Count;
    }

    /// <summary>The least an export can cost: one joined query read with Npgsql and written as comma-separated text.</summary>
    private static async Task<long> RawCsvAsync(NpgsqlDataSource source, string kind)
    {
        await using var command = source.CreateCommand(
            "SELECT a.\"Title\", a.\"Kind\", a.\"Status\", a.\"SignedOn\", a.\"EffectiveOn\", a.\"ExpiresOn\", " +
            "(SELECT string_agg(i.\"Name\" || ' (' || i.\"CountryCode\" || ')', '; ' ORDER BY p.\"Order\") FROM \"AgreementParty\" p JOIN \"Institutions\" i ON i.\"Id\" = p.\"InstitutionId\" WHERE p.\"AgreementId\" = a.\"Id\"), " +
            "(SELECT string_agg(f.\"IscedCode\", '; ') FROM \"AgreementField\" f WHERE f.\"AgreementId\" = a.\"Id\") " +
            "FROM \"Agreements\" a WHERE a.\"Kind\" = $1 ORDER BY a.\"Title\", a.\"Id\"");
        command.Parameters.AddWithValue(kind);
        var output = new CountingStream();
        await using (var writer = new StreamWriter(output, leaveOpen: true))
        {
            await using var reader = await command.ExecuteReaderAsync();
            var values = new object[8];
            while (await reader.ReadAsync())
            {
                reader.GetValues(values);
                await writer.WriteAsync(string.Join(",", values.Select(v => v is DBNull ? string.Empty : Convert.ToString(v, CultureInfo.InvariantCulture))) + "\r\n");
            }
        }

        return output.Count;
    }

    private static async Task SeedAsync(IDbContextFactory<PortalDbContext> contexts, string connectionString)
    {
        int home, partner;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var xypi = new Institution { Name = "Bench Polytechnic 咸阳", Kind = InstitutionKind.College, CountryCode = "CN", IsHome = true };
            var ektu = new Institution { Name = "Bench University Өскемен", Kind = InstitutionKind.University, CountryCode = "KZ" };
            db.AddRange(xypi, ektu);
            await db.SaveChangesAsync();
            (home, partner) = (xypi.Id, ektu.Id);
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var (count, kind) in KindOf)
        {
            await using var command = new NpgsqlCommand(
                "INSERT INTO \"Agreements\" (\"Title\", \"Kind\", \"Status\", \"SignedOn\", \"EffectiveOn\", \"ExpiresOn\", \"SearchText\", \"CreatedAt\", \"UpdatedAt\", \"Version\") " +
                "SELECT 'Bench agreement ' || lpad(g::text, 6, '0') || ' на развитие 合作', @kind, 'Active', DATE '2024-01-01' + (g % 365), DATE '2024-02-01' + (g % 365), " +
                "DATE '2029-01-01' + (g % 365), 'bench', now(), now(), gen_random_uuid() FROM generate_series(1, @count) g;" +
                "INSERT INTO \"AgreementParty\" (\"AgreementId\", \"InstitutionId\", \"Order\") SELECT \"Id\", @home, 0 FROM \"Agreements\" WHERE \"Kind\" = @kind;" +
                "INSERT INTO \"AgreementParty\" (\"AgreementId\", \"InstitutionId\", \"Order\") SELECT \"Id\", @partner, 1 FROM \"Agreements\" WHERE \"Kind\" = @kind;" +
                "INSERT INTO \"AgreementField\" (\"AgreementId\", \"IscedCode\") SELECT \"Id\", '0715' FROM \"Agreements\" WHERE \"Kind\" = @kind;",
                connection);
            command.Parameters.AddWithValue("kind", kind);
            command.Parameters.AddWithValue("count", count);
            command.Parameters.AddWithValue("home", home);
            command.Parameters.AddWithValue("partner", partner);
            await command.ExecuteNonQueryAsync();
        }

        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    /// <summary>A response body that keeps nothing: it counts the bytes written.</summary>
    private sealed class CountingStream : Stream
    {
        public long Count { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Count;

        public override long Position { get => Count; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Count += count;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Count += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}
