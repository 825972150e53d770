using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PartnershipPortal.ComponentTests.Infrastructure;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Frameworks;
using PartnershipPortal.Core.Features.Institutions;
using PartnershipPortal.Core.Features.People;
using PartnershipPortal.Core.Features.Visits;
using PartnershipPortal.Web.Features.Visits.Form;

namespace PartnershipPortal.ComponentTests.Visits;

/// <summary>The guided visit form puts each message beside its field and never loses what was typed.</summary>
public sealed class VisitEditTests : PortalComponentTest
{
    protected override void AddServices(IServiceCollection services)
    {
        services.AddPortalValidators();
        foreach (var service in new[] { typeof(VisitEditor), typeof(Core.Features.Checklists.ChecklistService), typeof(Core.Features.Notifications.NotificationService), typeof(VisitDraftService), typeof(VisitFormLookup), typeof(FrameworkService), typeof(InstitutionService), typeof(InstitutionEditor), typeof(PersonEditor) })
        {
            services.AddScoped(service);
        }

        Context.AddAuthorization().SetAuthorized("Aliya Office").SetRoles(PortalRoles.InternationalOffice);
        Context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void Save_WithoutDates_ShowsTheMessageBesideTheDate_AndKeepsWhatWasTyped()
    {
        Context.Render<MudPopoverProvider>();
        var form = Context.Render<VisitEdit>();
        form.WaitForElement("[data-testid=save]");

        Input(form, "Title").Change("Delegation from Almaty");
        Input(form, "Place").Change("Xianyang");
        form.Find("[data-testid=save]").Click();

        form.WaitForAssertion(() => Assert.Equal("Enter the date the visit starts.", Message(form, "First day")));
        Assert.Equal("Enter the date the visit ends (the start date again for a one-day visit).", Message(form, "Last day"));
        Assert.Equal("Choose the host institution.", Message(form, "Host institution"));
        Assert.Null(Message(form, "Title"));
        Assert.Equal("Delegation from Almaty", Input(form, "Title").GetAttribute("value"));
        Assert.Equal("Xianyang", Input(form, "Place").GetAttribute("value"));
        Assert.StartsWith("Some fields need attention", form.Find("[data-testid=form-error]").TextContent.Trim(), StringComparison.Ordinal);

        Input(form, "First day").Change("2025-05-20");

        form.WaitForAssertion(() => Assert.Null(Message(form, "First day")));
        Assert.Null(Message(form, "Last day"));
        Assert.Equal("Choose the host institution.", Message(form, "Host institution"));
        Assert.Equal("Delegation from Almaty", Input(form, "Title").GetAttribute("value"));
    }

    /// <summary>The input whose label reads so (MudBlazor adds an asterisk to required fields).</summary>
    private static IElement Input(IRenderedComponent<VisitEdit> form, string label)
    {
        var forId = form.FindAll("label").Single(l => l.TextContent.Trim().TrimEnd('*').Trim() == label).GetAttribute("for");
        return form.Find($"#{forId}");
    }

    /// <summary>The error shown under the field, or null.</summary>
    private static string? Message(IRenderedComponent<VisitEdit> form, string label) =>
        Input(form, label).Closest(".mud-input-control")!.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim();
}
