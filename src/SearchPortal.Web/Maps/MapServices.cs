namespace SearchPortal.Web.Maps;

/// <summary>Registers the <see cref="MapAtlas"/>, loaded here, while the app is composed, rather than on the first request.</summary>
public static class MapServices
{
    public static IServiceCollection AddMaps(this IServiceCollection services) => services.AddSingleton(MapAtlas.Load());
}
