using MudBlazor.Services;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Features.Administration;
using PartnershipPortal.Core.Features.Agreements;
using PartnershipPortal.Core.Features.Agreements.Lifecycle;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Dashboard;
using PartnershipPortal.Core.Features.Demo;
using PartnershipPortal.Core.Features.FollowUps;
using PartnershipPortal.Core.Features.Institutions;
using PartnershipPortal.Core.Features.Notifications;
using PartnershipPortal.Core.Features.People;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.Core.Features.Reviews;
using PartnershipPortal.Core.Features.Visits;
using PartnershipPortal.Core.Features.Visits.Brief;
using PartnershipPortal.Web.Account;
using PartnershipPortal.Web.Api;
using PartnershipPortal.Web.Components;
using PartnershipPortal.Web.Features.Attachments;
using PartnershipPortal.Web.Features.Reports;
using PartnershipPortal.Web.Features.Visits.Brief;
using PartnershipPortal.Web.Infrastructure;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);

    builder.Services.AddSerilog((services, logger) => logger
        .ReadFrom.Configuration(builder.Configuration)
        .ReadFrom.Services(services)
        .Enrich.FromLogContext()
        .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture));

    var provider = PortalSettings.ReadProvider(builder.Configuration);
    var connectionString = PortalSettings.ReadConnectionString(builder.Configuration, provider, builder.Environment.ContentRootPath);
    builder.Services.AddSingleton(TimeProvider.System);
    builder.Services.AddPortalDatabase(provider, connectionString);
    builder.Services.AddScoped<DashboardService>();
    builder.Services.AddScoped<InstitutionService>();
    builder.Services.AddScoped<InstitutionEditor>();
    builder.Services.AddScoped<UnitEditor>();
    builder.Services.AddScoped<InstitutionMerge>();
    builder.Services.AddScoped<ReviewService>();
    builder.Services.AddScoped<PersonService>();
    builder.Services.AddScoped<PersonEditor>();
    builder.Services.AddScoped<PersonErasure>();
    builder.Services.AddScoped<PersonMerge>();
    builder.Services.AddScoped<VisitService>();
    builder.Services.AddScoped<VisitBriefService>();
    builder.Services.AddScoped<VisitCalendar>();
    builder.Services.AddScoped<VisitCalendarFile>();
    builder.Services.AddScoped<AgreementService>();
    builder.Services.AddScoped<AgreementEditor>();
    builder.Services.AddScoped<AgreementFormLookup>();
    builder.Services.AddScoped<AgreementLifecycle>();
    builder.Services.AddScoped<AgreementExpiryCheck>();
    builder.Services.AddHostedService<AgreementExpiryService>();
    builder.Services.AddScoped<NotificationService>();
    builder.Services.AddScoped<FollowUpService>();
    builder.Services.AddScoped<UserAdministrationService>();
    builder.Services.AddScoped<ChangeHistoryService>();
    builder.Services.AddScoped<AgreementReportService>();
    builder.Services.AddScoped<ReportExportLog>();
    builder.Services.AddScoped<AgreementReportLayout>();
    builder.Services.AddScoped<ReportResponses>();
    builder.Services.AddScoped<AgreementExports>();
    builder.Services.AddScoped<VisitReportService>();
    builder.Services.AddScoped<SavedReportService>();
    builder.Services.AddScoped<VisitReportLayout>();
    builder.Services.AddScoped<VisitExports>();
    builder.Services.AddScoped<FollowUpReportService>();
    builder.Services.AddScoped<FollowUpReportLayout>();
    builder.Services.AddScoped<FollowUpExports>();
    builder.Services.AddScoped<InstitutionReportService>();
    builder.Services.AddScoped<PersonReportService>();
    builder.Services.AddScoped<DirectoryReportLayout>();
    builder.Services.AddScoped<DirectoryExports>();
    builder.Services.AddScoped<PartnerActivityService>();
    builder.Services.AddScoped<PartnerActivityLayout>();
    builder.Services.AddScoped<PartnerActivityExports>();
    builder.Services.AddPortalValidators();
    builder.Services.AddSingleton<DemoDataLoader>();

    builder.Services.AddPortalAccounts(builder.Configuration);
    builder.Services.AddPortalProfile(builder.Configuration);
    builder.Services.AddPortalAttachments(builder.Configuration);
    builder.Services.AddVisitForm();
    builder.Services.AddPortalPlanning(builder.Configuration);
    builder.Services.AddHttpContextAccessor();
    builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
    builder.Services.AddMudServices();
    builder.Services.AddRazorComponents().AddInteractiveServerComponents();
    builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

    var app = builder.Build();

    await StartupTasks.RunAsync(app, provider);

    if (!app.Environment.IsDevelopment())
    {
        app.UseExceptionHandler("/error", createScopeForErrors: true);
    }

    app.UseSecurityHeaders();
    app.UseSerilogRequestLogging();
    app.UseStatusCodePagesWithReExecute("/not-found");
    app.UseAuthentication();
    app.UseAuthorization();
    app.UseAntiforgery();
    app.MapStaticAssets().AllowAnonymous();
    app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
    app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
    app.MapAccountEndpoints();
    app.MapVisitBrief();
    app.MapVisitCalendarEndpoints();
    app.MapAttachmentEndpoints();
    app.MapReports();
    app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

    app.Lifetime.ApplicationStarted.Register(() =>
    {
        Log.Information("PartnershipPortal is serving {Provider} data at {Addresses}", provider, string.Join(", ", app.Urls));
        StartupTasks.PrintSignInHelp(app);
    });

    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (exception is not HostAbortedException)
{
    Log.Fatal(exception, "PartnershipPortal stopped during start-up");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
