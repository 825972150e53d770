using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Data;

/// <summary>Under real contention on PostgreSQL, the concurrency token lets no update be lost.</summary>
public sealed class PostgresConcurrencyTests(PostgresStore store) : IClassFixture<PostgresStore>
{
    private const int Updates = 1000;
    private const int Workers = 32;

    [Fact]
    public async Task ThousandConcurrentUpdates_OfOneRecord_LoseNone()
    {
        var agreement = new CooperationAgreement { Title = "Contended memorandum", Kind = AgreementKind.MemorandumOfUnderstanding, Notes = string.Empty };
        agreement.AddParty(new Institution { Name = "Contention University A", Kind = InstitutionKind.University, CountryCode = "KZ" });
        agreement.AddParty(new Institution { Name = "Contention University B", Kind = InstitutionKind.University, CountryCode = "CN" });
        await using (var db = store.NewContext())
        {
            db.Agreements.Add(agreement);
            await db.SaveChangesAsync();
        }

        var pending = new ConcurrentQueue<int>(Enumerable.Range(0, Updates));
        var conflicts = 0;
        var workers = Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
        {
            while (pending.TryDequeue(out var number))
            {
                while (true)
                {
                    await using var db = store.NewContext();
                    var tracked = await db.Agreements.SingleAsync(a => a.Id == agreement.Id);
                    tracked.Notes += number.ToString("x3", CultureInfo.InvariantCulture) + ";";
                    try
                    {
                        await db.SaveChangesAsync();
                        break;
                    }
                    catch (DbUpdateConcurrencyException)
                    {
                        Interlocked.Increment(ref conflicts);
                    }
                }
            }
        }));
        await Task.WhenAll(workers);

        await using var read = store.NewContext();
        var notes = (await read.Agreements.AsNoTracking().SingleAsync(a => a.Id == agreement.Id)).Notes!;
        var written = notes.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(n => int.Parse(n, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Updates, written.Count);
        Assert.Equal(Enumerable.Range(0, Updates), written.Order());
        Assert.True(conflicts > 0, "No save met a newer version: the test did not create contention.");
        Assert.Equal(Updates + 1, await read.ChangeRecords.CountAsync(c => c.EntityType == nameof(CooperationAgreement) && c.EntityId == agreement.Id.ToString(CultureInfo.InvariantCulture)));
    }
}
