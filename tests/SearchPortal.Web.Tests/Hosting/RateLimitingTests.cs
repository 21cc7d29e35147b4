using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SearchPortal.Web.Hosting;
using SearchPortal.Web.Tests.Fixtures;
using SearchPortal.Web.Tests.Hardening;

namespace SearchPortal.Web.Tests.Hosting;

public sealed class RateLimitingTests(TightLimitPortalFactory portal) : IClassFixture<TightLimitPortalFactory>
{
    // Each case comes from its own address, so that it has a fresh window of 3 requests.
    [Theory]
    [InlineData("/", "192.0.2.1")]
    [InlineData("/?q=mining", "192.0.2.2")]
    [InlineData("/articles/0000000000000000", "192.0.2.3")]
    [InlineData("/embed?partner=loreto-ngo&q=mining", "192.0.2.4")]
    [InlineData("/feed.atom?q=mining", "192.0.2.5")]
    [InlineData("/opensearch.xml", "192.0.2.6")]
    [InlineData("/ui/es?returnUrl=%2F", "192.0.2.7")]
    [InlineData("/api/export?format=csv&q=mining", "192.0.2.8")]
    [InlineData("/no-such-page", "192.0.2.9")]
    public async Task Get_PagesFeedsAndEmbedOverTheClientLimit_Return429WithRetryAfter(string url, string client)
    {
        // Arrange
        var first = new List<int>();
        for (var i = 0; i < 3; i++) first.Add((await portal.SendFrom(client, url)).Status);

        // Act
        var over = await portal.SendFrom(client, url);

        // Assert
        Assert.DoesNotContain(429, first);
        Assert.Equal(429, over.Status);
        Assert.True(int.Parse(over.Headers.RetryAfter.ToString()) > 0);
        Assert.Contains("Too many requests", over.Body);
    }

    [Fact]
    public async Task Get_StaticFilesBeyondTheClientLimit_AreServed()
    {
        // Arrange
        const string client = "192.0.2.20";
        var pages = new List<int>();
        for (var i = 0; i < 4; i++) pages.Add((await portal.SendFrom(client, "/")).Status);
        Assert.Equal(429, pages[^1]);

        // Act
        var files = new[] { "/css/site.css", "/js/site.js", "/embed.js", "/embed.css" };
        var statuses = new List<int>();
        foreach (var file in files) statuses.Add((await portal.SendFrom(client, file)).Status);

        // Assert
        Assert.All(statuses, status => Assert.Equal(200, status));
    }

    [Fact]
    public async Task Get_AnotherClientOrIPv6Network_HasItsOwnWindow()
    {
        // Arrange: one IPv4 client and one IPv6 /64 use up their windows.
        for (var i = 0; i < 3; i++)
        {
            await portal.SendFrom("192.0.2.30", "/");
            await portal.SendFrom($"2001:db8:1:2::{i + 1}", "/");
        }

        // Act
        var sameIPv4 = await portal.SendFrom("192.0.2.30", "/");
        var sameNetwork = await portal.SendFrom("2001:db8:1:2:ffff::9", "/");
        var otherIPv4 = await portal.SendFrom("192.0.2.31", "/");
        var otherNetwork = await portal.SendFrom("2001:db8:1:3::1", "/");

        // Assert
        Assert.Equal(429, sameIPv4.Status);
        Assert.Equal(429, sameNetwork.Status);
        Assert.Equal(200, otherIPv4.Status);
        Assert.Equal(200, otherNetwork.Status);
    }

    [Fact]
    public async Task Get_ForwardedHeadersFromAClientWithoutConfiguredProxies_AreIgnored()
    {
        // Arrange: a client that claims to be a different address on every request.
        const string client = "192.0.2.40";
        var statuses = new List<int>();

        // Act
        for (var i = 0; i < 4; i++)
        {
            var answer = await portal.SendFrom(client, "/opensearch.xml", c =>
            {
                c.Request.Headers["X-Forwarded-For"] = $"203.0.113.{i + 1}";
                c.Request.Headers["X-Forwarded-Host"] = "evil.example";
                c.Request.Headers["X-Forwarded-Proto"] = "https";
            });
            statuses.Add(answer.Status);
            if (i == 0)
            {
                Assert.Contains("http://localhost/?q={searchTerms}", answer.Body);
                Assert.DoesNotContain("evil.example", answer.Body);
            }
        }

        // Assert
        Assert.Equal([200, 200, 200, 429], statuses);
    }
}

public sealed class ConcurrencyLimitTests(ConcurrencyLimitTests.Portal portal) : IClassFixture<ConcurrencyLimitTests.Portal>
{
    /// <summary>One request at a time server-wide, no queue.</summary>
    public sealed class Portal : PortalFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["SearchPortal:RateLimit:MaxConcurrentRequests"] = "1",
            ["SearchPortal:RateLimit:RequestQueueLimit"] = "0",
            ["SearchPortal:RateLimit:BusyRetryAfterSeconds"] = "7",
        };
    }

    [Fact]
    public async Task Get_ServerAtItsConcurrencyLimit_Returns503WithRetryAfterThenServesAgain()
    {
        // Arrange: something else holds the server's only slot.
        var client = portal.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=mining")).StatusCode);
        var slot = portal.Services.GetRequiredService<RequestConcurrency>().Limiter.AttemptAcquire();
        Assert.True(slot.IsAcquired);

        // Act
        var page = await client.GetAsync("/?q=mining");
        var api = await client.GetAsync("/api/search?q=mining");
        slot.Dispose();
        var after = await client.GetAsync("/?q=mining");

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), api.Headers.RetryAfter?.Delta);
        Assert.Contains("busy", await api.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }
}

public sealed class TrustedProxyTests(TrustedProxyTests.Portal portal) : IClassFixture<TrustedProxyTests.Portal>
{
    private const string Proxy = "10.0.0.1";

    /// <summary>Forwarded headers on, one trusted proxy, 3 requests per client per minute.</summary>
    public sealed class Portal : PortalFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["SearchPortal:ForwardedHeaders:Enabled"] = "true",
            ["SearchPortal:ForwardedHeaders:KnownProxies:0"] = Proxy,
            ["SearchPortal:RateLimit:PermitsPerWindow"] = "3",
            ["SearchPortal:RateLimit:WindowSeconds"] = "60",
        };
    }

    [Fact]
    public async Task Get_ThroughTheTrustedProxy_LimitsTheForwardedClient()
    {
        // Arrange
        static Action<Microsoft.AspNetCore.Http.HttpContext> From(string client) => c => c.Request.Headers["X-Forwarded-For"] = client;
        for (var i = 0; i < 3; i++) Assert.Equal(200, (await portal.SendFrom(Proxy, "/", From("203.0.113.5"))).Status);

        // Act
        var sameClient = await portal.SendFrom(Proxy, "/", From("203.0.113.5"));
        var otherClient = await portal.SendFrom(Proxy, "/", From("203.0.113.6"));

        // Assert
        Assert.Equal(429, sameClient.Status);
        Assert.Equal(200, otherClient.Status);
    }

    [Fact]
    public async Task Get_ForwardedForFromAnUntrustedAddress_IsIgnored()
    {
        // Arrange
        const string stranger = "10.0.0.2";
        var statuses = new List<int>();

        // Act
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await portal.SendFrom(stranger, "/", c => c.Request.Headers["X-Forwarded-For"] = $"203.0.113.{50 + i}")).Status);
        }

        // Assert
        Assert.Equal([200, 200, 200, 429], statuses);
    }

    [Fact]
    public async Task OpenSearch_ThroughTheTrustedProxy_TakesTheForwardedScheme()
    {
        // Act
        var answer = await portal.SendFrom(Proxy, "/opensearch.xml", c =>
        {
            c.Request.Headers["X-Forwarded-For"] = "203.0.113.90";
            c.Request.Headers["X-Forwarded-Proto"] = "https";
        });

        // Assert
        Assert.Contains("template=\"https://localhost/?q={searchTerms}\"", answer.Body);
    }

    [Fact]
    public async Task OpenSearch_ThroughTheTrustedProxyWithAnUnknownForwardedHost_NeverNamesIt()
    {
        // Act
        var answer = await portal.SendFrom(Proxy, "/opensearch.xml", c =>
        {
            c.Request.Headers["X-Forwarded-For"] = "203.0.113.91";
            c.Request.Headers["X-Forwarded-Host"] = "evil.example";
        });

        // Assert
        Assert.DoesNotContain("evil.example", answer.Body);
    }
}
