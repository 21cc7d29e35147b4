using System.Reflection;
using System.Reflection.Emit;
using System.Text.RegularExpressions;

namespace SearchPortal.Core.Tests;

/// <summary>
/// Which folders of SearchPortal.Core use which: an edge A → B when a type in namespace
/// <c>SearchPortal.Core.A</c> names a type of <c>SearchPortal.Core.B</c> in its compiled form (base types,
/// interfaces, attributes, members' signatures and local variables, and every type, method and field token in
/// its IL, generic arguments included), or when a source file of folder A has <c>using SearchPortal.Core.B;</c>
/// (compile-time constants are inlined by the compiler, so only the using directive shows them).
/// </summary>
public sealed partial class FolderGraph
{
    private const string Root = "SearchPortal.Core";
    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private readonly Dictionary<string, SortedSet<string>> _edges = new(StringComparer.Ordinal);
    private readonly Dictionary<(string From, string To), SortedSet<string>> _types = [];

    /// <summary>The folder graph of <paramref name="assembly"/> (SearchPortal.Core) and its sources under <paramref name="sourceRoot"/>.</summary>
    public static FolderGraph Of(Assembly assembly, string sourceRoot)
    {
        var graph = new FolderGraph();
        foreach (var type in assembly.GetTypes())
        {
            if (Folder(type) is not { } from) continue;
            foreach (var used in UsedTypes(type))
            {
                if (Folder(used) is not { } to) continue;
                graph.Add(from, to);
                if (from != to) graph.AddType(from, to, used);
            }
        }
        foreach (var file in Directory.EnumerateFiles(sourceRoot, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(sourceRoot, file).Split(Path.DirectorySeparatorChar);
            if (relative.Length < 2 || relative[0] is "bin" or "obj") continue;
            foreach (Match match in UsingCore().Matches(File.ReadAllText(file))) graph.Add(relative[0], match.Groups[1].Value);
        }
        return graph;
    }

    public IEnumerable<string> Folders => _edges.Keys.Concat(_edges.Values.SelectMany(v => v)).Distinct().Order(StringComparer.Ordinal);

    public bool Uses(string from, string to) => _edges.TryGetValue(from, out var targets) && targets.Contains(to);

    /// <summary>
    /// The types of folder <paramref name="to"/> that folder <paramref name="from"/> names in its compiled form (nested
    /// types by their outermost type's name); a use through a using directive alone (a constant) names none.
    /// </summary>
    public IReadOnlySet<string> TypesUsed(string from, string to) =>
        _types.TryGetValue((from, to), out var types) ? types : new SortedSet<string>(StringComparer.Ordinal);

    public IEnumerable<(string From, string To)> Edges => _edges.SelectMany(e => e.Value.Select(to => (e.Key, to)));

    /// <summary>The strongly connected groups of more than one folder (Tarjan).</summary>
    public List<List<string>> Cycles()
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var cycles = new List<List<string>>();
        foreach (var folder in Folders)
        {
            if (!index.ContainsKey(folder)) Visit(folder);
        }
        return cycles;

        void Visit(string folder)
        {
            index[folder] = low[folder] = index.Count;
            stack.Push(folder);
            foreach (var next in _edges.GetValueOrDefault(folder) ?? [])
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[folder] = Math.Min(low[folder], low[next]);
                }
                else if (stack.Contains(next))
                {
                    low[folder] = Math.Min(low[folder], index[next]);
                }
            }
            if (low[folder] != index[folder]) return;
            var group = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                group.Add(member);
            }
            while (member != folder);
            if (group.Count > 1) cycles.Add(group);
        }
    }

    private void Add(string from, string to)
    {
        if (from == to) return;
        if (!_edges.TryGetValue(from, out var targets)) _edges[from] = targets = new SortedSet<string>(StringComparer.Ordinal);
        targets.Add(to);
    }

    private void AddType(string from, string to, Type used)
    {
        if (used.IsGenericParameter || used.HasElementType) return;
        while (used.DeclaringType is { } declaring) used = declaring;
        if (used.IsGenericType) used = used.GetGenericTypeDefinition();
        if (!_types.TryGetValue((from, to), out var types)) _types[(from, to)] = types = new SortedSet<string>(StringComparer.Ordinal);
        types.Add(used.Name);
    }

    /// <summary>The first namespace segment below SearchPortal.Core, or null for types outside a folder.</summary>
    private static string? Folder(Type type)
    {
        var ns = type.Namespace;
        if (ns is null || !ns.StartsWith(Root + ".", StringComparison.Ordinal)) return null;
        return ns[(Root.Length + 1)..].Split('.')[0];
    }

    private static IEnumerable<Type> UsedTypes(Type type)
    {
        var used = new List<Type>();
        if (type.BaseType is { } baseType) used.Add(baseType);
        used.AddRange(type.GetInterfaces());
        used.AddRange(type.GetCustomAttributesData().Select(a => a.AttributeType));
        foreach (var field in type.GetFields(Declared)) used.Add(field.FieldType);
        foreach (var property in type.GetProperties(Declared)) used.Add(property.PropertyType);
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info) used.Add(info.ReturnType);
            used.AddRange(method.GetParameters().Select(p => p.ParameterType));
            used.AddRange(method.GetCustomAttributesData().Select(a => a.AttributeType));
            if (method.GetMethodBody() is not { } body) continue;
            used.AddRange(body.LocalVariables.Select(l => l.LocalType));
            used.AddRange(TokensIn(method, body.GetILAsByteArray() ?? []));
        }
        return used.SelectMany(Expand);
    }

    /// <summary>The types named by the method's IL: type tokens, and the declaring types and signatures of methods and fields.</summary>
    private static IEnumerable<Type> TokensIn(MethodBase method, byte[] il)
    {
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var code = il[at] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[at + 1])] : OpCodesByValue[il[at]];
            at += code.Size;
            if (code.OperandType is OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok)
            {
                var member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments);
                switch (member)
                {
                    case Type type:
                        yield return type;
                        break;
                    case MethodInfo called:
                        yield return called.DeclaringType!;
                        yield return called.ReturnType;
                        foreach (var argument in called.IsGenericMethod ? called.GetGenericArguments() : []) yield return argument;
                        break;
                    case { DeclaringType: { } owner }:
                        yield return owner;
                        break;
                }
            }
            at += OperandSize(code, il, at);
        }
    }

    private static int OperandSize(OpCode code, byte[] il, int at) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };

    /// <summary>The type, its element type, generic arguments and declaring types, recursively.</summary>
    private static IEnumerable<Type> Expand(Type type)
    {
        yield return type;
        if (type.HasElementType)
        {
            foreach (var inner in Expand(type.GetElementType()!)) yield return inner;
        }
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (var argument in type.GetGenericArguments().SelectMany(Expand)) yield return argument;
        }
        if (type.DeclaringType is { } declaring && !type.IsGenericParameter) yield return declaring;
    }

    [GeneratedRegex(@"^using (?:static )?SearchPortal\.Core\.(\w+)[.\w]*;", RegexOptions.Multiline)]
    private static partial Regex UsingCore();
}
