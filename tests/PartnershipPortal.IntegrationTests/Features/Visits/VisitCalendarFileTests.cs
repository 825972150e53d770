using Ical.Net.CalendarComponents;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Visits;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.Visits;

/// <summary>Calendar files read back with Ical.Net: dates, the exclusive end, zones and times, and UIDs that stay.</summary>
public abstract class VisitCalendarFileTests(TestStore store)
{
    private static readonly Uri Site = new("https://portal.example/");

    private Task<CalendarSeed> SeedAsync() => store.SeedOnceAsync("calendar-files", CalendarSeed.CreateAsync);

    private VisitCalendarFile Files => new(store.Contexts);

    private static Ical.Net.Calendar Parse(CalendarFile file) => Ical.Net.Calendar.Load(file.Text)!;

    [Fact]
    public async Task OneVisit_IsAnAllDayEventWithAnExclusiveEnd_AndItsTimedItemInThePlacesZone()
    {
        var seed = await SeedAsync();

        var file = await Files.ForVisitAsync(seed.AlmatyId, Site);

        Assert.Equal($"visit-{seed.AlmatyId}.ics", file!.FileName);
        var calendar = Parse(file);
        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Equal(2, calendar.Events.Count);
        var visit = calendar.Events.Single(e => e.Uid == $"visit-{seed.AlmatyId}@partnershipportal");
        Assert.Equal("XYPI delegation to EKTU", visit.Summary);
        Assert.True(visit.IsAllDay);
        Assert.False(visit.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2025, 6, 10), visit.DtStart.Date);
        Assert.Equal(new DateOnly(2025, 6, 13), visit.DtEnd!.Date);
        Assert.Equal("TENTATIVE", visit.Status);
        Assert.Equal("Ust-Kamenogorsk", visit.Location);
        Assert.Equal(new Uri($"https://portal.example/visits/{seed.AlmatyId}"), visit.Url);
        Assert.Contains("- 12 Jun: City tour", visit.Description, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20250610", file.Text, StringComparison.Ordinal);
        Assert.Contains("DTEND;VALUE=DATE:20250613", file.Text, StringComparison.Ordinal);

        var talks = calendar.Events.Single(e => e.Uid == $"visit-{seed.AlmatyId}-agenda-1@partnershipportal");
        Assert.Equal("Talks on a joint welding programme", talks.Summary);
        Assert.Equal("Asia/Almaty", talks.DtStart!.TzId);
        Assert.Equal(new DateTime(2025, 6, 11, 10, 0, 0), talks.DtStart.Value);
        Assert.Equal(new DateTime(2025, 6, 11, 5, 0, 0, DateTimeKind.Utc), talks.DtStart.AsUtc);
        Assert.Equal(new DateTime(2025, 6, 11, 6, 30, 0, DateTimeKind.Utc), talks.DtEnd!.AsUtc);
        Assert.Equal(["Talks"], talks.Categories);
        Assert.Contains("DTSTART;TZID=Asia/Almaty:20250611T100000", file.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneVisit_CarriesAZoneBlockThatPutsTheItemAtUtcPlusFive()
    {
        var seed = await SeedAsync();

        var calendar = Parse((await Files.ForVisitAsync(seed.AlmatyId, Site))!);

        // What a reader that trusts the file's VTIMEZONE (not the zone's name) applies on 11 June 2025.
        var zone = Assert.Single(calendar.TimeZones);
        Assert.Equal("Asia/Almaty", zone.TzId);
        var onset = zone.TimeZoneInfos
            .Where(o => o.DtStart!.Value <= new DateTime(2025, 6, 11, 10, 0, 0))
            .MaxBy(o => o.DtStart!.Value)!;
        Assert.Equal(TimeSpan.FromHours(5), onset.OffsetTo!.Offset);
    }

    [Fact]
    public async Task Events_TakeSequenceStampAndLastModifiedFromTheVisitsLastChange()
    {
        var seed = await SeedAsync();

        var calendar = Parse((await Files.ForVisitAsync(seed.AlmatyId, Site))!);

        var changed = new DateTime(2025, 6, 1, 8, 0, 0, DateTimeKind.Utc);
        Assert.All(calendar.Events, e =>
        {
            Assert.Equal(changed, e.DtStamp!.AsUtc);
            Assert.Equal(changed, e.LastModified!.AsUtc);
            Assert.Equal((int)(changed - new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc)).TotalSeconds, e.Sequence);
        });
    }

    [Fact]
    public async Task TwoDownloads_KeepTheSameUids_SoAReimportUpdates()
    {
        var seed = await SeedAsync();

        var first = await Files.ForFilterAsync(VisitFilter.None, Site);
        var second = await Files.ForFilterAsync(VisitFilter.None, Site);

        var uids = Parse(first.File!).Events.Select(e => e.Uid).ToList();
        Assert.Equal(uids, Parse(second.File!).Events.Select(e => e.Uid));
        Assert.Equal(first.File!.Text, second.File!.Text);
        Assert.Equal(
            [
                $"visit-{seed.ReferenceId}@partnershipportal",
                $"visit-{seed.GermanId}@partnershipportal", $"visit-{seed.GermanId}-agenda-1@partnershipportal",
                $"visit-{seed.AlmatyId}@partnershipportal", $"visit-{seed.AlmatyId}-agenda-1@partnershipportal",
                $"visit-{seed.TashkentId}@partnershipportal",
            ],
            uids);
    }

    [Fact]
    public async Task FilteredFile_HoldsTheFilteredVisits_EachTimedItemInItsOwnZone()
    {
        var seed = await SeedAsync();

        var result = await Files.ForFilterAsync(new VisitFilter(From: new DateOnly(2025, 5, 25), Direction: VisitDirection.Inbound), Site);

        Assert.Equal(1, result.MatchCount);
        Assert.Equal("visits.ics", result.File!.FileName);
        var calendar = Parse(result.File);
        Assert.Equal([$"visit-{seed.GermanId}@partnershipportal", $"visit-{seed.GermanId}-agenda-1@partnershipportal"], calendar.Events.Select(e => e.Uid));
        var german = calendar.Events[0]!;
        Assert.Equal(new DateOnly(2025, 5, 30), german.DtStart!.Date);
        Assert.Equal(new DateOnly(2025, 6, 3), german.DtEnd!.Date);
        Assert.Equal("CONFIRMED", german.Status);
        var signing = calendar.Events[1]!;
        Assert.Equal("Asia/Shanghai", signing.DtStart!.TzId);
        Assert.Equal(new DateTime(2025, 5, 31, 6, 0, 0, DateTimeKind.Utc), signing.DtStart.AsUtc);
        Assert.Null(signing.DtEnd);
        Assert.Equal(["Asia/Shanghai"], calendar.TimeZones.Select(z => z.TzId));
    }

    [Fact]
    public async Task CancelledVisit_IsACancelledEvent()
    {
        var seed = await SeedAsync();

        var calendar = Parse((await Files.ForVisitAsync(seed.TashkentId, Site))!);

        var visit = Assert.Single(calendar.Events);
        Assert.Equal("CANCELLED", visit.Status);
        Assert.Equal(new DateOnly(2025, 7, 2), visit.DtEnd!.Date);
        Assert.Empty(calendar.TimeZones);
    }

    [Fact]
    public async Task UnknownVisit_HasNoFile()
    {
        await SeedAsync();

        Assert.Null(await Files.ForVisitAsync(999_999, Site));
    }
}

public sealed class SqliteVisitCalendarFileTests(SqliteStore store) : VisitCalendarFileTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresVisitCalendarFileTests(PostgresStore store) : VisitCalendarFileTests(store), IClassFixture<PostgresStore>;
