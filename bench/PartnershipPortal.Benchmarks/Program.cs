using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Demo;
using PartnershipPortal.Core.Features.Institutions;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.Core.Features.Visits;

// Measures the portal's list queries against hand-written SQL through raw Npgsql for the same rows, in
// the same process and database, and prints ratios: a ratio near 1 means EF Core adds little. Timings
// vary between machines; ratios are what docs/performance.md records. Then the partner activity report
// (PartnerActivityBenchmark) and the report exports (ExportBenchmark).
var server = Environment.GetEnvironmentVariable("PORTAL_BENCH_POSTGRES")
    ?? throw new InvalidOperationException("Set PORTAL_BENCH_POSTGRES (scripts/bench.sh does) to a PostgreSQL server.");
var database = $"portal_bench_{Guid.NewGuid():N}";
await Execute(server, $"CREATE DATABASE \"{database}\"");
try
{
    var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
    var services = new ServiceCollection()
        .AddSingleton(TimeProvider.System)
        .AddPortalDatabase(DatabaseProvider.Postgres, connectionString)
        .BuildServiceProvider();
    await PortalDatabase.MigrateAsync(services);
    var contexts = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
    if (args.Contains("exports", StringComparer.Ordinal))
    {
        // Only the report exports: `dotnet run -- exports`.
        await ExportBenchmark.RunAsync(contexts, connectionString);
        return;
    }

    await new DemoDataLoader(contexts, TimeProvider.System, NullLogger<DemoDataLoader>.Instance).LoadAsync(CancellationToken.None);
    await AddInstitutionsAsync(contexts, 20_000);

    var institutions = new InstitutionService(contexts);
    var visits = new VisitService(contexts);
    // The same server options as the portal's own connections (JIT off), so that both sides run alike.
    await using var raw = NpgsqlDataSource.Create(PortalDatabase.PostgresConnectionString(connectionString));

    Console.WriteLine("case | portal (ms, median) | raw Npgsql (ms, median) | ratio");
    Console.WriteLine("---|---|---|---");
    await Compare("institutions, filter 'univ', page 2 of 25, by name",
        () => institutions.ListAsync(new ListRequest("univ", "name", false, 2, 25)).ContinueWith(t => t.Result.Items.Count, TaskScheduler.Default),
        () => RawInstitutionsAsync(raw, "univ", 25, 25));
    await Compare("institutions, no filter, page 400 of 25, by name",
        () => institutions.ListAsync(new ListRequest(null, "name", false, 400, 25)).ContinueWith(t => t.Result.Items.Count, TaskScheduler.Default),
        () => RawInstitutionsAsync(raw, "", 9975, 25));
    await Compare("visit record page (reference visit, every fact)",
        () => visits.GetAsync(1).ContinueWith(t => t.Result is null ? 0 : 1, TaskScheduler.Default),
        () => RawVisitAsync(raw, 1));
    var partners = new PartnerActivityService(contexts, TimeProvider.System, new PartnerActivityValidator());
    var today = DateOnly.FromDateTime(DateTime.UtcNow);
    await Compare("partner activity, per institution, first 50 by name and the count",
        () => partners.PreviewAsync(new()).ContinueWith(t => t.Result.Rows.Count, TaskScheduler.Default),
        () => PartnerActivityBenchmark.RawInstitutionsAsync(raw, today));
    await Compare("partner activity, per country (every country)",
        () => partners.PreviewAsync(new() { By = "country" }).ContinueWith(t => t.Result.Rows.Count, TaskScheduler.Default),
        () => PartnerActivityBenchmark.RawCountriesAsync(raw, today));
    if (!args.Contains("queries", StringComparer.Ordinal))
    {
        // `dotnet run -- queries` leaves the exports out.
        await ExportBenchmark.RunAsync(contexts, connectionString);
    }
}
finally
{
    NpgsqlConnection.ClearAllPools();
    await Execute(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
}

static async Task Compare(string name, Func<Task<int>> portal, Func<Task<int>> raw)
{
    const int warmup = 20;
    const int runs = 200;
    for (var i = 0; i < warmup; i++)
    {
        await portal();
        await raw();
    }

    var portalTimes = new List<double>();
    var rawTimes = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        // Alternate so that both sides meet the same caches and background noise.
        portalTimes.Add(await Time(portal));
        rawTimes.Add(await Time(raw));
    }

    var p = Median(portalTimes);
    var r = Median(rawTimes);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} | {p:F3} | {r:F3} | {p / r:F2}"));
}

static async Task<double> Time(Func<Task<int>> action)
{
    var watch = Stopwatch.StartNew();
    var rows = await action();
    watch.Stop();
    if (rows == 0)
    {
        throw new InvalidOperationException("A benchmarked query returned no rows; the comparison would be meaningless.");
    }

    return watch.Elapsed.TotalMilliseconds;
}

static double Median(List<double> values)
{
    values.Sort();
    return values[values.Count / 2];
}

static async Task<int> RawInstitutionsAsync(NpgsqlDataSource source, string folded, int offset, int limit)
{
    await using var count = source.CreateCommand("SELECT count(*) FROM \"Institutions\" WHERE strpos(\"SearchText\", $1) > 0");
    count.Parameters.AddWithValue(folded);
    _ = await count.ExecuteScalarAsync();
    await using var command = source.CreateCommand(
        "SELECT \"Id\", \"Name\", \"OriginalName\", \"Acronym\", \"Kind\", \"CountryCode\", \"City\", \"RelationshipStatus\", \"IsHome\", \"IsArchived\" " +
        "FROM \"Institutions\" WHERE strpos(\"SearchText\", $1) > 0 ORDER BY \"Name\", \"Id\" LIMIT $2 OFFSET $3");
    command.Parameters.AddWithValue(folded);
    command.Parameters.AddWithValue(limit);
    command.Parameters.AddWithValue(offset);
    await using var reader = await command.ExecuteReaderAsync();
    var rows = 0;
    while (await reader.ReadAsync())
    {
        _ = (reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.GetString(4), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetString(7), reader.GetBoolean(8), reader.GetBoolean(9));
        rows++;
    }

    return rows;
}

static async Task<int> RawVisitAsync(NpgsqlDataSource source, int id)
{
    // The same facts the record page shows, read with one round trip per collection as EF's split query does.
    string[] queries =
    [
        "SELECT v.\"Title\", v.\"StartDate\", v.\"EndDate\", i.\"Name\" FROM \"Visits\" v JOIN \"Institutions\" i ON i.\"Id\" = v.\"HostInstitutionId\" WHERE v.\"Id\" = $1",
        "SELECT h.\"RoleDescription\", p.\"FullName\", u.\"Name\" FROM \"VisitHost\" h LEFT JOIN \"People\" p ON p.\"Id\" = h.\"PersonId\" LEFT JOIN \"Units\" u ON u.\"Id\" = h.\"UnitId\" WHERE h.\"VisitId\" = $1 ORDER BY h.\"Order\"",
        "SELECT a.\"Title\", f.\"Name\" FROM \"AgendaItem\" a LEFT JOIN \"Facilities\" f ON f.\"Id\" = a.\"FacilityId\" WHERE a.\"VisitId\" = $1 ORDER BY a.\"Date\", a.\"Order\"",
        "SELECT \"IscedCode\", \"Wording\" FROM \"VisitFieldOfInterest\" WHERE \"VisitId\" = $1 ORDER BY \"Order\"",
        "SELECT \"Kind\", \"Wording\" FROM \"VisitCooperationInterest\" WHERE \"VisitId\" = $1 ORDER BY \"Order\"",
        "SELECT f.\"Name\" FROM \"VisitFramework\" vf JOIN \"Frameworks\" f ON f.\"Id\" = vf.\"FrameworkId\" WHERE vf.\"VisitId\" = $1",
        "SELECT \"Text\" FROM \"VisitOutcome\" WHERE \"VisitId\" = $1 ORDER BY \"Order\"",
        "SELECT q.\"Text\", p.\"FullName\" FROM \"Quotation\" q LEFT JOIN \"People\" p ON p.\"Id\" = q.\"SpeakerPersonId\" WHERE q.\"VisitId\" = $1",
        "SELECT p.\"FullName\", p.\"Position\" FROM \"DelegationMember\" m JOIN \"People\" p ON p.\"Id\" = m.\"PersonId\" JOIN \"Visits\" v ON v.\"DelegationId\" = m.\"DelegationId\" WHERE v.\"Id\" = $1 ORDER BY m.\"Order\"",
        "SELECT i.\"Name\" FROM \"DelegationInstitution\" d JOIN \"Institutions\" i ON i.\"Id\" = d.\"InstitutionId\" JOIN \"Visits\" v ON v.\"DelegationId\" = d.\"DelegationId\" WHERE v.\"Id\" = $1 ORDER BY d.\"Order\"",
    ];
    var rows = 0;
    foreach (var sql in queries)
    {
        await using var command = source.CreateCommand(sql);
        command.Parameters.AddWithValue(id);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows++;
        }
    }

    return rows;
}

static async Task AddInstitutionsAsync(IDbContextFactory<PortalDbContext> contexts, int count)
{
    string[] kinds = ["University", "College", "Institute", "Academy"];
    for (var batch = 0; batch < count; batch += 2000)
    {
        await using var db = await contexts.CreateDbContextAsync();
        for (var n = batch; n < Math.Min(count, batch + 2000); n++)
        {
            db.Institutions.Add(new Institution
            {
                Name = string.Create(CultureInfo.InvariantCulture, $"Benchmark {kinds[n % kinds.Length]} {n:00000}"),
                Kind = InstitutionKind.University,
                CountryCode = n % 2 == 0 ? "KZ" : "CN",
                City = "Bench City",
            });
        }

        await db.SaveChangesAsync();
    }
}

static async Task Execute(string connectionString, string sql)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    await command.ExecuteNonQueryAsync();
}
