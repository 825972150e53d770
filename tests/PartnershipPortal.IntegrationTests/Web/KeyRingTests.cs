using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Web;

/// <summary>The Data Protection key ring is kept in the store, so a session outlives the instance that began it.</summary>
public sealed class KeyRingTests
{
    [Fact]
    public async Task SessionCookie_FromOneInstance_IsAcceptedByAnotherOnTheSameStore()
    {
        var file = Path.Combine(Path.GetTempPath(), $"portal-keys-{Guid.NewGuid():N}.db");
        try
        {
            var settings = new[] { ("ConnectionStrings:Portal", $"Data Source={file};Pooling=False"), ("Demo:Seed", "false") };
            string cookie;
            await using (var first = new PortalApp(settings))
            {
                var (email, password) = await first.CreateUserAsync(PortalRoles.Viewer);
                using var client = first.NewClient();
                using var signIn = await HttpSignIn.PostSignInAsync(client, email, password);
                cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("PartnershipPortal.Session=", StringComparison.Ordinal)).Split(';')[0];

                await using var scope = first.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                Assert.True(await db.DataProtectionKeys.AnyAsync(), "No key was stored in the database.");
            }

            await using var second = new PortalApp(settings);
            using var other = second.NewClient();
            using var request = new HttpRequestMessage(HttpMethod.Get, "/visits");
            request.Headers.Add("Cookie", cookie);
            using var response = await other.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
