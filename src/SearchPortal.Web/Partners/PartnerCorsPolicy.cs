using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace SearchPortal.Web.Partners;

/// <summary>
/// The CORS policy of the endpoints partner pages call: GET from the partners' origins only, without
/// credentials. An origin not in the list gets no Access-Control-Allow-Origin, so the browser withholds the
/// response from its script. Endpoints opt in with <c>.RequireCors(PartnerCorsPolicy.Name)</c>.
/// </summary>
public sealed class PartnerCorsPolicy(PartnerDirectory partners) : IConfigureOptions<CorsOptions>
{
    public const string Name = "partners";

    public void Configure(CorsOptions options) => options.AddPolicy(Name, policy => policy
        .WithOrigins([.. partners.Origins])
        .WithMethods(HttpMethods.Get)
        .SetPreflightMaxAge(TimeSpan.FromHours(1)));
}
