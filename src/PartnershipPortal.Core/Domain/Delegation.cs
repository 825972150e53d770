namespace PartnershipPortal.Core.Domain;

/// <summary>
/// A group travelling together. Its declared size (15) may exceed the members known by name, and it
/// may represent institutions none of whose members are named.
/// </summary>
public class Delegation : Entity, ISearchable
{
    public const int TitleMaxLength = 300;
    public const int MaxDeclaredSize = 1000;

    public string Title { get; set; } = string.Empty;

    public int? DeclaredSize { get; private set; }

    public int? HeadPersonId { get; private set; }

    public Person? Head { get; private set; }

    public List<DelegationMember> Members { get; } = [];

    public List<DelegationInstitution> Institutions { get; } = [];

    public string SearchText { get; private set; } = string.Empty;

    public void SetDeclaredSize(int? size)
    {
        if (size is < 1 or > MaxDeclaredSize)
        {
            throw new DomainException($"A delegation's declared size must be between 1 and {MaxDeclaredSize}.");
        }

        if (size is not null && size < Members.Count)
        {
            throw new DomainException(
                $"The declared size ({size}) cannot be below the {Members.Count} named members.");
        }

        DeclaredSize = size;
    }

    public DelegationMember AddMember(Person person, string? role = null)
    {
        if (Members.Any(m => ReferenceEquals(m.Person, person) || (person.Id != 0 && m.PersonId == person.Id)))
        {
            throw new DomainException($"{person.FullName} is already a member of this delegation.");
        }

        if (DeclaredSize is not null && Members.Count + 1 > DeclaredSize)
        {
            throw new DomainException(
                $"The delegation declares {DeclaredSize} members; another named member would exceed it.");
        }

        var member = new DelegationMember { Person = person, PersonId = person.Id, RoleInDelegation = role, Order = Members.Count };
        Members.Add(member);
        if (person.Institution is not null)
        {
            Represent(person.Institution);
        }

        return member;
    }

    public void SetHead(Person? head)
    {
        if (head is not null && !Members.Any(m => ReferenceEquals(m.Person, head) || (head.Id != 0 && m.PersonId == head.Id)))
        {
            throw new DomainException("The head of a delegation must be one of its named members.");
        }

        Head = head;
        HeadPersonId = head?.Id;
    }

    /// <summary>Records that an institution is represented, also when none of its members is named.</summary>
    public DelegationInstitution Represent(Institution institution)
    {
        var existing = Institutions.FirstOrDefault(i =>
            ReferenceEquals(i.Institution, institution) || (institution.Id != 0 && i.InstitutionId == institution.Id));
        if (existing is not null)
        {
            return existing;
        }

        var represented = new DelegationInstitution { Institution = institution, InstitutionId = institution.Id, Order = Institutions.Count };
        Institutions.Add(represented);
        return represented;
    }

    public void RefreshSearchText() => SearchText = SearchFolding.Combine(Title);
}

public class DelegationMember
{
    public int Id { get; set; }

    public int DelegationId { get; set; }

    public int PersonId { get; set; }

    public Person? Person { get; set; }

    /// <summary>The member's role within the delegation ("head", "interpreter"), distinct from their position.</summary>
    public string? RoleInDelegation { get; set; }

    public int Order { get; set; }
}

public class DelegationInstitution
{
    public int Id { get; set; }

    public int DelegationId { get; set; }

    public int InstitutionId { get; set; }

    public Institution? Institution { get; set; }

    public int Order { get; set; }
}
