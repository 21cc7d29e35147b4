using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SearchPortal.Web.Hosting;

/// <summary>
/// The answers of every limit: 429 when the client asked too much, 503 when the server is busy, both with a
/// Retry-After header (whole seconds, at least 1) and a ProblemDetails body that says which limit and when to retry.
/// Stateless and thread-safe.
/// </summary>
public static class Throttled
{
    public static ProblemHttpResult TooManyRequests(HttpContext context, TimeSpan retryAfter, string reason) =>
        Problem(context, StatusCodes.Status429TooManyRequests, retryAfter, reason);

    public static ProblemHttpResult Busy(HttpContext context, TimeSpan retryAfter, string reason) =>
        Problem(context, StatusCodes.Status503ServiceUnavailable, retryAfter, reason);

    private static ProblemHttpResult Problem(HttpContext context, int status, TimeSpan retryAfter, string reason)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem($"{reason}; retry after {seconds} s.", statusCode: status);
    }
}
