namespace PartnershipPortal.Core.Domain;

/// <summary>An entity refused a change that would break one of its invariants.</summary>
public sealed class DomainException : Exception
{
    public DomainException(string message)
        : base(message)
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DomainException()
    {
    }
}
