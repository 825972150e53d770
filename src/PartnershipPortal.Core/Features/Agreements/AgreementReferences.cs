using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Agreements;

/// <summary>
/// The stored records an agreement's input names, loaded into the saving context, and the rules only the
/// database can check, each placed beside the field or row it concerns (<c>Parties[1].Signatories[0].PersonId</c>):
/// every chosen record still exists, a signatory chosen from the records belongs to the party they sign for,
/// and the responsible unit is a unit of the home institution.
/// </summary>
internal sealed class AgreementReferences
{
    private const string Gone = "This person no longer exists; choose again.";

    public Dictionary<int, Institution> Institutions { get; } = [];

    public List<ValidationFailure> Failures { get; } = [];

    /// <param name="stored">The agreement being edited, with its parties and signatories; null for a new one.</param>
    public static async Task<AgreementReferences> CheckAsync(PortalDbContext db, AgreementInput input, CooperationAgreement? stored, CancellationToken cancellationToken)
    {
        var references = new AgreementReferences();
        await references.CheckPartiesAsync(db, input, stored, cancellationToken);
        await references.CheckResponsibilityAsync(db, input, cancellationToken);

        if (input.FrameworkIds.Count > 0 && await db.Frameworks.CountAsync(f => input.FrameworkIds.Contains(f.Id), cancellationToken) != input.FrameworkIds.Count)
        {
            references.Fail(nameof(AgreementInput.FrameworkIds), "A framework or programme listed no longer exists; choose them again.");
        }

        if (input.VisitIds.Count > 0 && await db.Visits.CountAsync(v => input.VisitIds.Contains(v.Id), cancellationToken) != input.VisitIds.Count)
        {
            references.Fail(nameof(AgreementInput.VisitIds), "A visit listed no longer exists; choose the visits again.");
        }

        return references;
    }

    private async Task CheckPartiesAsync(PortalDbContext db, AgreementInput input, CooperationAgreement? stored, CancellationToken cancellationToken)
    {
        var institutionIds = input.Parties.Select(p => p.InstitutionId).Distinct().ToList();
        await db.Institutions.Where(i => institutionIds.Contains(i.Id)).ForEachAsync(i => Institutions[i.Id] = i, cancellationToken);
        var personIds = input.Parties.SelectMany(p => p.Signatories).Select(s => s.PersonId).OfType<int>().Distinct().ToList();
        var people = await db.People.AsNoTracking()
            .Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.FullName, p.InstitutionId })
            .ToDictionaryAsync(p => p.Id, cancellationToken);

        for (var i = 0; i < input.Parties.Count; i++)
        {
            var party = input.Parties[i];
            var path = $"{nameof(AgreementInput.Parties)}[{i}]";
            if (!Institutions.TryGetValue(party.InstitutionId, out var institution))
            {
                Fail(path, nameof(AgreementPartyInput.InstitutionId), "This institution no longer exists; choose again.");
                continue;
            }

            // A signatory recorded earlier stays acceptable after they move to another institution.
            var signedBefore = stored?.Parties.Where(p => p.InstitutionId == party.InstitutionId).SelectMany(p => p.Signatories)
                .Select(s => s.PersonId).OfType<int>().ToHashSet() ?? [];
            for (var j = 0; j < party.Signatories.Count; j++)
            {
                if (party.Signatories[j].PersonId is not int personId)
                {
                    continue;
                }

                var field = $"{path}.{nameof(AgreementPartyInput.Signatories)}[{j}]";
                if (!people.TryGetValue(personId, out var person))
                {
                    Fail(field, nameof(AgreementSignatoryInput.PersonId), Gone);
                }
                else if (person.InstitutionId != institution.Id && !signedBefore.Contains(personId))
                {
                    Fail(field, nameof(AgreementSignatoryInput.PersonId),
                        $"{person.FullName} is not recorded at {institution.Name}: choose a person of this party, or type the signatory's name.");
                }
            }
        }
    }

    private async Task CheckResponsibilityAsync(PortalDbContext db, AgreementInput input, CancellationToken cancellationToken)
    {
        if (input.ResponsibleUnitId is int unitId)
        {
            var unit = await db.Units.AsNoTracking()
                .Where(u => u.Id == unitId)
                .Select(u => new { u.Institution!.IsHome })
                .SingleOrDefaultAsync(cancellationToken);
            if (unit is null)
            {
                Fail(nameof(AgreementInput.ResponsibleUnitId), "This unit no longer exists; choose again.");
            }
            else if (!unit.IsHome)
            {
                Fail(nameof(AgreementInput.ResponsibleUnitId), "Choose a unit of the home institution.");
            }
        }

        if (input.ResponsiblePersonId is int personId && !await db.People.AnyAsync(p => p.Id == personId, cancellationToken))
        {
            Fail(nameof(AgreementInput.ResponsiblePersonId), Gone);
        }

        if (input.ResponsibleUserId is { } userId && !await db.Users.AnyAsync(u => u.Id == userId && !u.IsDisabled, cancellationToken))
        {
            Fail(nameof(AgreementInput.ResponsibleUserId), "This account no longer exists or is disabled; choose another.");
        }
    }

    private void Fail(string row, string property, string message) =>
        Failures.Add(new ValidationFailure($"{row}.{property}", message) { ErrorCode = "Agreement.Reference.Refused" });

    private void Fail(string property, string message) =>
        Failures.Add(new ValidationFailure(property, message) { ErrorCode = "Agreement.Reference.Refused" });
}
