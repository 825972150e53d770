using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Web.Account;

/// <summary>
/// Identity's sign-in, refusing disabled accounts, stamping the moment of sign-in into the session (for the
/// absolute session limit) and onto the account, and logging sign-ins, failures and lock-outs without secrets.
/// </summary>
public sealed class PortalSignInManager(
    UserManager<PortalUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<PortalUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<PortalUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<PortalUser> confirmation,
    TimeProvider clock)
    : SignInManager<PortalUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return !user.IsDisabled && await base.CanSignInAsync(user);
    }

    // Set while a refresh re-issues the session cookie (after a profile change), which is no new sign-in.
    private string? _refreshedSignInMoment;

    /// <summary>Re-issues the session with fresh claims and stamp, keeping its sign-in moment and so its absolute limit.</summary>
    public override async Task RefreshSignInAsync(PortalUser user)
    {
        var current = await Context.AuthenticateAsync(AuthenticationScheme);
        _refreshedSignInMoment = current.Principal?.FindFirst(SessionLimits.SignedInClaim)?.Value;
        try
        {
            await base.RefreshSignInAsync(user);
        }
        finally
        {
            _refreshedSignInMoment = null;
        }
    }

    public override async Task SignInWithClaimsAsync(PortalUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (_refreshedSignInMoment is { } moment)
        {
            await base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims.Append(new Claim(SessionLimits.SignedInClaim, moment)));
            return;
        }

        var now = clock.GetUtcNow();
        var claims = additionalClaims.Append(new Claim(SessionLimits.SignedInClaim, now.UtcTicks.ToString(CultureInfo.InvariantCulture)));
        await base.SignInWithClaimsAsync(user, authenticationProperties, claims);
        user.LastSignInAt = now;
        await UserManager.UpdateAsync(user);
        Logger.LogInformation("Signed in: {UserId}", user.Id);
    }

    public override async Task<SignInResult> CheckPasswordSignInAsync(PortalUser user, string password, bool lockoutOnFailure)
    {
        ArgumentNullException.ThrowIfNull(user);
        var result = await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
        if (result.IsLockedOut)
        {
            Logger.LogWarning("Sign-in refused, account locked out: {UserId}", user.Id);
        }
        else if (result.IsNotAllowed)
        {
            Logger.LogWarning("Sign-in refused, account disabled: {UserId}", user.Id);
        }
        else if (!result.Succeeded && !result.RequiresTwoFactor)
        {
            Logger.LogWarning("Sign-in failed: wrong password for {UserId}", user.Id);
        }

        return result;
    }
}

/// <summary>Refuses absurdly long passwords (beyond ASVS's 128-character minimum), which only cost hashing time.</summary>
public sealed class MaximumLengthPasswordValidator : IPasswordValidator<PortalUser>
{
    public const int MaximumLength = 1024;

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password) =>
        Task.FromResult(password is { Length: > MaximumLength }
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordTooLong", Description = $"Passwords can be at most {MaximumLength} characters long." })
            : IdentityResult.Success);
}
