using Npgsql;

/// <summary>
/// The partner activity report's preview against hand-written SQL for the same rows: the portal asks one correlated
/// subquery per figure and row, the baseline aggregates each figure once over the whole table and joins the totals.
/// </summary>
internal static class PartnerActivityBenchmark
{
    private const string Partners =
        "partners AS (SELECT i.\"Id\", i.\"Name\", i.\"CountryCode\", i.\"Kind\" FROM \"Institutions\" i WHERE NOT i.\"IsHome\" AND (NOT i.\"IsArchived\" " +
        "OR i.\"Id\" IN (SELECT id FROM inbound) OR i.\"Id\" IN (SELECT id FROM outbound) OR i.\"Id\" IN (SELECT id FROM agreements)))";

    private const string Figures =
        "WITH inbound AS (SELECT d.\"InstitutionId\" AS id, count(*) AS n, max(LEAST(v.\"EndDate\", $1)) FILTER (WHERE v.\"StartDate\" <= $1) AS last " +
        "FROM \"Visits\" v JOIN \"DelegationInstitution\" d ON d.\"DelegationId\" = v.\"DelegationId\" " +
        "WHERE v.\"Status\" <> 'Cancelled' AND v.\"Direction\" = 'Inbound' GROUP BY d.\"InstitutionId\"), " +
        "outbound AS (SELECT v.\"HostInstitutionId\" AS id, count(*) AS n, max(LEAST(v.\"EndDate\", $1)) FILTER (WHERE v.\"StartDate\" <= $1) AS last " +
        "FROM \"Visits\" v WHERE v.\"Status\" <> 'Cancelled' AND v.\"Direction\" = 'Outbound' GROUP BY v.\"HostInstitutionId\"), " +
        "agreements AS (SELECT p.\"InstitutionId\" AS id, count(*) AS n FROM \"Agreements\" a JOIN \"AgreementParty\" p ON p.\"AgreementId\" = a.\"Id\" " +
        "WHERE a.\"Status\" = 'Active' GROUP BY p.\"InstitutionId\"), " +
        "reviews AS (SELECT DISTINCT ON (r.\"InstitutionId\") r.\"InstitutionId\" AS id, count(*) OVER (PARTITION BY r.\"InstitutionId\") AS n, " +
        "r.\"StrategicFit\" + r.\"AcademicQuality\" + r.\"Activity\" + r.\"Reliability\" AS score, r.\"Recommendation\" " +
        "FROM \"PartnerReviews\" r ORDER BY r.\"InstitutionId\", r.\"ReviewedOn\" DESC, r.\"Id\" DESC), " + Partners + " ";

    /// <summary>The first 50 partners by name with every figure, and how many partners there are.</summary>
    public static async Task<int> RawInstitutionsAsync(NpgsqlDataSource source, DateOnly today)
    {
        await using var count = source.CreateCommand(Figures + "SELECT count(*) FROM partners");
        count.Parameters.AddWithValue(today);
        _ = await count.ExecuteScalarAsync();
        await using var command = source.CreateCommand(Figures +
            "SELECT p.\"Id\", p.\"Name\", p.\"CountryCode\", p.\"Kind\", coalesce(i.n, 0), coalesce(o.n, 0), coalesce(a.n, 0), " +
            "GREATEST(i.last, o.last), coalesce(r.n, 0), r.score, r.\"Recommendation\" FROM partners p " +
            "LEFT JOIN inbound i ON i.id = p.\"Id\" LEFT JOIN outbound o ON o.id = p.\"Id\" LEFT JOIN agreements a ON a.id = p.\"Id\" " +
            "LEFT JOIN reviews r ON r.id = p.\"Id\" ORDER BY p.\"Name\", p.\"Id\" LIMIT 50");
        command.Parameters.AddWithValue(today);
        return await ReadAllAsync(command);
    }

    /// <summary>One row per partner country, each visit and agreement counted once per country.</summary>
    public static async Task<int> RawCountriesAsync(NpgsqlDataSource source, DateOnly today)
    {
        await using var command = source.CreateCommand(
            "WITH inbound AS (SELECT DISTINCT i.\"CountryCode\" AS country, v.\"Id\", LEAST(v.\"EndDate\", $1) AS ended, v.\"StartDate\" <= $1 AS started " +
            "FROM \"Visits\" v JOIN \"DelegationInstitution\" d ON d.\"DelegationId\" = v.\"DelegationId\" JOIN \"Institutions\" i ON i.\"Id\" = d.\"InstitutionId\" " +
            "WHERE v.\"Status\" <> 'Cancelled' AND v.\"Direction\" = 'Inbound' AND NOT i.\"IsHome\"), " +
            "outbound AS (SELECT i.\"CountryCode\" AS country, v.\"Id\", LEAST(v.\"EndDate\", $1) AS ended, v.\"StartDate\" <= $1 AS started " +
            "FROM \"Visits\" v JOIN \"Institutions\" i ON i.\"Id\" = v.\"HostInstitutionId\" " +
            "WHERE v.\"Status\" <> 'Cancelled' AND v.\"Direction\" = 'Outbound' AND NOT i.\"IsHome\"), " +
            "agreements AS (SELECT i.\"CountryCode\" AS country, count(DISTINCT a.\"Id\") AS n FROM \"Agreements\" a " +
            "JOIN \"AgreementParty\" p ON p.\"AgreementId\" = a.\"Id\" JOIN \"Institutions\" i ON i.\"Id\" = p.\"InstitutionId\" " +
            "WHERE a.\"Status\" = 'Active' AND NOT i.\"IsHome\" GROUP BY i.\"CountryCode\"), " +
            "reviews AS (SELECT DISTINCT ON (i.\"CountryCode\") i.\"CountryCode\" AS country, count(*) OVER (PARTITION BY i.\"CountryCode\") AS n, " +
            "r.\"StrategicFit\" + r.\"AcademicQuality\" + r.\"Activity\" + r.\"Reliability\" AS score, i.\"Name\" " +
            "FROM \"PartnerReviews\" r JOIN \"Institutions\" i ON i.\"Id\" = r.\"InstitutionId\" WHERE NOT i.\"IsHome\" " +
            "ORDER BY i.\"CountryCode\", r.\"ReviewedOn\" DESC, r.\"Id\" DESC) " +
            "SELECT c.country, c.partners, " +
            "(SELECT count(*) FROM inbound x WHERE x.country = c.country), (SELECT count(*) FROM outbound x WHERE x.country = c.country), " +
            "coalesce((SELECT n FROM agreements x WHERE x.country = c.country), 0), " +
            "GREATEST((SELECT max(ended) FROM inbound x WHERE x.country = c.country AND started), " +
            "(SELECT max(ended) FROM outbound x WHERE x.country = c.country AND started)), r.n, r.score, r.\"Name\" " +
            "FROM (SELECT \"CountryCode\" AS country, count(*) AS partners FROM \"Institutions\" WHERE NOT \"IsHome\" AND NOT \"IsArchived\" GROUP BY \"CountryCode\") c " +
            "LEFT JOIN reviews r ON r.country = c.country ORDER BY c.country");
        command.Parameters.AddWithValue(today);
        return await ReadAllAsync(command);
    }

    private static async Task<int> ReadAllAsync(NpgsqlCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
            rows++;
        }

        return rows;
    }
}
