using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Administration;
using PartnershipPortal.Core.Features.Attachments;
using PartnershipPortal.Core.Features.Agreements;
using PartnershipPortal.Core.Features.Checklists;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.FollowUps;
using PartnershipPortal.Core.Features.Frameworks;
using PartnershipPortal.Core.Features.Institutions;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Features.People;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.Core.Features.Visits;

namespace PartnershipPortal.UnitTests.Features.Common;

public sealed class ValidationRegistrationTests
{
    [Theory]
    [InlineData(typeof(IValidator<InstitutionInput>), typeof(InstitutionInputValidator))]
    [InlineData(typeof(IValidator<UnitInput>), typeof(UnitInputValidator))]
    [InlineData(typeof(IValidator<FacilityInput>), typeof(FacilityInputValidator))]
    [InlineData(typeof(IValidator<PersonInput>), typeof(PersonInputValidator))]
    [InlineData(typeof(IValidator<FrameworkInput>), typeof(FrameworkInputValidator))]
    [InlineData(typeof(IValidator<VisitInput>), typeof(VisitInputValidator))]
    [InlineData(typeof(IValidator<DelegationInput>), typeof(DelegationInputValidator))]
    [InlineData(typeof(IValidator<VisitFilterInput>), typeof(VisitFilterInputValidator))]
    [InlineData(typeof(IValidator<AgreementInput>), typeof(AgreementInputValidator))]
    [InlineData(typeof(IValidator<FollowUpInput>), typeof(FollowUpInputValidator))]
    [InlineData(typeof(IValidator<ChecklistItemInput>), typeof(ChecklistItemInputValidator))]
    [InlineData(typeof(IValidator<AccountInput>), typeof(AccountInputValidator))]
    [InlineData(typeof(IValidator<AccountAccessInput>), typeof(AccountAccessInputValidator))]
    [InlineData(typeof(IValidator<ResetPasswordInput>), typeof(ResetPasswordInputValidator))]
    [InlineData(typeof(IValidator<AttachmentUploadInput>), typeof(AttachmentUploadInputValidator))]
    [InlineData(typeof(IValidator<AgreementReportDefinition>), typeof(AgreementReportValidator))]
    [InlineData(typeof(IValidator<VisitReportDefinition>), typeof(VisitReportValidator))]
    [InlineData(typeof(IValidator<FollowUpReportDefinition>), typeof(FollowUpReportValidator))]
    public void AddPortalValidators_RegistersEachValidatorOnceAsASingleton(Type service, Type implementation)
    {
        // Validators that check references ask the store: register one (nothing is opened).
        var services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddPortalDatabase(DatabaseProvider.Sqlite, "Data Source=:memory:")
            .AddPortalValidators();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var descriptor = Assert.Single(services, d => d.ServiceType == service);
        Assert.Equal(ServiceLifetime.Singleton, descriptor.Lifetime);
        Assert.IsType(implementation, provider.GetRequiredService(service));
        Assert.Same(provider.GetRequiredService(service), provider.GetRequiredService(service));
    }
}
