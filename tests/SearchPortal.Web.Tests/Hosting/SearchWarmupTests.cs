using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using SearchPortal.Web.Api;
using SearchPortal.Web.Hosting;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Hosting;

public sealed class SearchWarmupTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Healthz_AfterStart_ReportsEveryWarmupSearchRunBeforeTheFirstRequest()
    {
        // Act: the first request of a fresh portal.
        var response = await portal.CreateClient().GetAsync("/healthz");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SearchWarmup.Requests.Count, json.RootElement.GetProperty("warmupSearches").GetInt32());
        Assert.True(portal.Services.GetRequiredService<SearchWarmup>().Completed);
    }

    [Fact]
    public async Task Healthz_WarmupNotDone_Answers503()
    {
        // Arrange: a warm-up that has not run yet, as while the host starts.
        var services = portal.Services;
        var cold = ActivatorUtilities.CreateInstance<SearchWarmup>(services);

        // Act
        var result = HealthApi.Check(services.GetRequiredService<IndexHost>(), cold);
        await cold.StartAsync(CancellationToken.None);
        var after = HealthApi.Check(services.GetRequiredService<IndexHost>(), cold);

        // Assert
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, Assert.IsType<ProblemHttpResult>(result.Result).StatusCode);
        Assert.Equal(SearchWarmup.Requests.Count, Assert.IsType<Ok<HealthApi.Health>>(after.Result).Value!.WarmupSearches);
    }
}
