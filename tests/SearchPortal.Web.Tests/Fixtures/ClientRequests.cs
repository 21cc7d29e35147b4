using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SearchPortal.Web.Tests.Fixtures;

/// <summary>
/// Requests to the in-memory portal as if from a given client address (the test server's own client has none),
/// for tests of per-client limits and forwarded headers.
/// </summary>
public static class ClientRequests
{
    public sealed record Answer(int Status, IHeaderDictionary Headers, string Body);

    public static async Task<Answer> SendFrom(this WebApplicationFactory<Program> portal, string address, string pathAndQuery,
        Action<HttpContext>? configure = null, string method = "GET")
    {
        var query = pathAndQuery.IndexOf('?');
        var context = await portal.Server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = IPAddress.Parse(address);
            c.Request.Method = method;
            c.Request.Host = new HostString("localhost");
            c.Request.Path = query < 0 ? pathAndQuery : pathAndQuery[..query];
            c.Request.QueryString = new QueryString(query < 0 ? "" : pathAndQuery[query..]);
            configure?.Invoke(c);
        });
        using var reader = new StreamReader(context.Response.Body);
        return new Answer(context.Response.StatusCode, context.Response.Headers, await reader.ReadToEndAsync());
    }
}
