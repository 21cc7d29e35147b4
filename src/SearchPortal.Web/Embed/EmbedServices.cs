using Microsoft.Extensions.Options;

namespace SearchPortal.Web.Embed;

/// <summary>Registers what the embeddable search box needs beyond Razor Pages: the cache lifetimes of <c>/embed.js</c>.</summary>
public static class EmbedServices
{
    public static IServiceCollection AddEmbed(this IServiceCollection services)
    {
        services.AddSingleton<IPostConfigureOptions<StaticFileOptions>, EmbedScriptCaching>();
        return services;
    }
}
