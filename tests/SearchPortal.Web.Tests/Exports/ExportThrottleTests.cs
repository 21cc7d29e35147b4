using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SearchPortal.Web.Exports;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Exports;

public sealed class ExportThrottleTests(ExportThrottleTests.Portal portal) : IClassFixture<ExportThrottleTests.Portal>
{
    /// <summary>Two export slots; each client may export 8 rows per 10 minutes (the seeds are 5 articles).</summary>
    public sealed class Portal : PortalFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["SearchPortal:RateLimit:MaxConcurrentExports"] = "2",
            ["SearchPortal:RateLimit:ExportRowsPerWindow"] = "8",
            ["SearchPortal:RateLimit:ExportWindowSeconds"] = "600",
        };
    }

    [Fact]
    public async Task Export_WhileTheSlotsAreTaken_Returns503AndSearchesStillAnswer()
    {
        // Arrange: two long exports hold both slots.
        var slots = portal.Services.GetRequiredService<ExportThrottle>().Slots;
        var held = new[] { slots.AttemptAcquire(), slots.AttemptAcquire() };
        Assert.All(held, lease => Assert.True(lease.IsAcquired));
        var client = portal.CreateClient();

        // Act: 24 exports and 8 searches at once.
        var exports = Enumerable.Range(0, 24).Select(_ => client.GetAsync("/api/export?format=csv&q=s*")).ToList();
        var searches = Enumerable.Range(0, 8).Select(_ => client.GetAsync("/api/search?q=mining")).ToList();
        var exported = await Task.WhenAll(exports);
        var searched = await Task.WhenAll(searches);
        foreach (var lease in held) lease.Dispose();
        var afterwards = await portal.SendFrom("198.51.100.1", "/api/export?format=csv&q=s*");

        // Assert
        Assert.All(exported, response =>
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        });
        Assert.Contains("At most 2 exports run at once", await exported[0].Content.ReadAsStringAsync());
        Assert.All(searched, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Equal(200, afterwards.Status);
    }

    [Fact]
    public async Task Export_OneAfterAnother_ReleaseTheirSlots()
    {
        // Act: more exports than slots, each read to its end before the next.
        var statuses = new List<int>();
        for (var i = 0; i < 5; i++) statuses.Add((await portal.SendFrom($"198.51.100.{10 + i}", "/api/export?format=jsonl")).Status);

        // Assert
        Assert.All(statuses, status => Assert.Equal(200, status));
        Assert.Equal(2, portal.Services.GetRequiredService<ExportThrottle>().Slots.GetStatistics()!.CurrentAvailablePermits);
    }

    [Fact]
    public async Task Export_OverTheClientsRowBudget_Returns429ButSearchAndOtherClientsGoOn()
    {
        // Arrange: the first export of all 5 articles leaves 3 of 8 rows.
        const string client = "198.51.100.30";
        var first = await portal.SendFrom(client, "/api/export?format=csv");

        // Act
        var second = await portal.SendFrom(client, "/api/export?format=csv");
        var search = await portal.SendFrom(client, "/api/search?q=mining");
        var otherClient = await portal.SendFrom("198.51.100.31", "/api/export?format=csv");

        // Assert
        Assert.Equal(200, first.Status);
        Assert.Equal(429, second.Status);
        Assert.True(int.Parse(second.Headers.RetryAfter.ToString()) > 0);
        Assert.Contains("export budget", second.Body);
        Assert.Equal(200, search.Status);
        Assert.Equal(200, otherClient.Status);
    }
}
