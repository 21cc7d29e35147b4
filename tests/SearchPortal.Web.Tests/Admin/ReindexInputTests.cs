using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SearchPortal.Web.Tests.Fixtures;
using SearchPortal.Web.Tests.Hardening;

namespace SearchPortal.Web.Tests.Admin;

public sealed class ReindexInputTests(AdminPortalFactory portal) : IClassFixture<AdminPortalFactory>, IDisposable
{
    private readonly string _folder = Path.Combine(AdminPortalFactory.InputRoot, "input-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "sp-outside-" + Guid.NewGuid().ToString("N")[..12]);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("/etc/passwd")]
    [InlineData("/etc")]
    [InlineData("../..")]
    [InlineData(".")]
    [InlineData("/")]
    [InlineData("bad\0path")]
    public async Task Reindex_InputOutsideTheRoots_Returns400WithReasonAndStartsNothing(string input)
    {
        // Act
        var response = await Admin(HttpMethod.Post, "/admin/reindex", new { input });
        var state = (await Json(await Admin(HttpMethod.Get, "/admin/stats"))).GetProperty("reindex").GetProperty("state").GetString();

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var reason = (await Json(response)).GetProperty("errors").GetProperty("input")[0].GetString();
        Assert.Matches("input .*(must name|outside the reindex roots|not a usable path)", reason);
        Assert.Equal("idle", state);
    }

    [Fact]
    public async Task Reindex_SymbolicLinkOutOfTheRoots_Returns400()
    {
        // Arrange: a folder outside the roots holding an article, and a link to it inside them.
        Directory.CreateDirectory(_outside);
        File.WriteAllText(Path.Combine(_outside, "secret.jsonl"), "{\"id\":\"s\",\"title\":\"Secret\",\"text\":\"Secret text about trafficking.\"}\n");
        Directory.CreateDirectory(_folder);
        Directory.CreateSymbolicLink(Path.Combine(_folder, "escape"), _outside);

        // Act
        var direct = await Admin(HttpMethod.Post, "/admin/reindex", new { input = Path.Combine(_folder, "escape") });
        var nested = await Admin(HttpMethod.Post, "/admin/reindex", new { input = Path.Combine(_folder, "escape", "secret.jsonl") });

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, direct.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, nested.StatusCode);
        Assert.Contains("outside the reindex roots", await direct.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Reindex_MissingInputInsideTheRoots_Returns400()
    {
        // Act
        var response = await Admin(HttpMethod.Post, "/admin/reindex", new { input = Path.Combine(_folder, "nothing-here") });

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("does not exist", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Reindex_InputThatYieldsNoArticle_FailsWithReasonAndKeepsTheIndex()
    {
        // Arrange: a folder inside the roots with nothing an article can come from.
        Directory.CreateDirectory(_folder);
        File.WriteAllBytes(Path.Combine(_folder, "blob.bin"), [0, 1, 2, 3]);
        File.WriteAllText(Path.Combine(_folder, "empty.jsonl"), "");

        // Act
        var start = await Admin(HttpMethod.Post, "/admin/reindex", new { input = _folder });
        var reindex = default(JsonElement);
        for (var poll = 0; poll < 300; poll++)
        {
            reindex = (await Json(await Admin(HttpMethod.Get, "/admin/stats"))).GetProperty("reindex");
            if (reindex.GetProperty("state").GetString() != "running") break;
            await Task.Delay(100);
        }
        var health = await Json(await portal.CreateClient().GetAsync("/healthz"));

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        Assert.Equal("failed", reindex.GetProperty("state").GetString());
        Assert.Contains("yields no article", reindex.GetProperty("error").GetString());
        Assert.Contains("blob.bin", reindex.GetProperty("error").GetString());
        Assert.Equal(5, health.GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task Admin_TooManyWrongKeys_Returns429EvenForTheRightKeyFromThatClient()
    {
        // Arrange
        const string guesser = "198.51.100.77";
        Action<Microsoft.AspNetCore.Http.HttpContext> Key(string key) => c => c.Request.Headers["X-Api-Key"] = key;
        var wrong = new List<int>();
        for (var i = 0; i < 10; i++) wrong.Add((await portal.SendFrom(guesser, "/admin/stats", Key($"guess-{i}"))).Status);

        // Act
        var eleventh = await portal.SendFrom(guesser, "/admin/stats", Key("guess-10"));
        var right = await portal.SendFrom(guesser, "/admin/stats", Key(AdminPortalFactory.Key));
        var otherClient = await portal.SendFrom("198.51.100.78", "/admin/stats", Key(AdminPortalFactory.Key));

        // Assert
        Assert.All(wrong, status => Assert.Equal(401, status));
        Assert.Equal(429, eleventh.Status);
        Assert.True(int.Parse(eleventh.Headers.RetryAfter.ToString()) > 0);
        Assert.Contains("wrong admin keys", eleventh.Body);
        Assert.Equal(429, right.Status);
        Assert.Equal(200, otherClient.Status);
    }

    private async Task<HttpResponseMessage> Admin(HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-Api-Key", AdminPortalFactory.Key);
        return await portal.CreateClient().SendAsync(request);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        if (Directory.Exists(_outside)) Directory.Delete(_outside, recursive: true);
    }
}
