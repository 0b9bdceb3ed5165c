using System.Globalization;
using Tomlyn.Syntax;

namespace GhgInventory.Data.Scenarios;

/// <summary>One key of a TOML document with where it was written: a table (header, dotted key or inline table), a list of tables, or a value.</summary>
/// <remarks>
/// Built from Tomlyn's syntax tree (not its object model) so every key and value keeps its line and column. The same content written as
/// <c>[levers.x]</c> + <c>unit = …</c>, as <c>levers.x.unit = …</c> or as <c>x = { unit = … }</c> gives the same entries. Tomlyn's
/// semantic validation has already refused a key defined twice, so the tree is built without conflicts.
/// </remarks>
internal sealed class TomlEntry
{
    private TomlEntry(string name, string path, SyntaxNode at)
    {
        Name = name;
        Path = path;
        At = at;
    }

    /// <summary>The key as written (quotes removed).</summary>
    public string Name { get; }

    /// <summary>The dotted path from the root (<c>levers.gdp_growth.unit</c>), for messages.</summary>
    public string Path { get; }

    /// <summary>The key's node: where the entry is located.</summary>
    public SyntaxNode At { get; private set; }

    /// <summary>The value of a key that is neither a table nor a list of tables.</summary>
    public ValueSyntax? Value { get; private set; }

    /// <summary>The keys of a table in the order written; null when the entry is not a table.</summary>
    public List<TomlEntry>? Children { get; private set; }

    /// <summary>The tables of a list of tables (<c>[[correlation]]</c>); null otherwise.</summary>
    public List<TomlEntry>? Items { get; private set; }

    /// <summary>True for a table.</summary>
    public bool IsTable => Children is not null;

    /// <summary>The child <paramref name="name"/> of a table, or null.</summary>
    public TomlEntry? this[string name] => Children?.FirstOrDefault(c => c.Name == name);

    /// <summary>The document as a tree of entries.</summary>
    public static TomlEntry Build(DocumentSyntax document)
    {
        var root = new TomlEntry("", "", document) { Children = [] };
        foreach (var kv in document.KeyValues)
        {
            root.Add(kv);
        }
        foreach (var table in document.Tables)
        {
            var parts = Parts(table.Name);
            TomlEntry current = root;
            for (int i = 0; i < parts.Count && current.Children is not null; i++)
            {
                var (name, node) = parts[i];
                bool last = i == parts.Count - 1;
                var child = current[name];
                if (last && table is TableArraySyntax)
                {
                    if (child is null)
                    {
                        child = new TomlEntry(name, Join(current.Path, name), node) { Items = [] };
                        current.Children.Add(child);
                    }
                    var item = new TomlEntry(name, child.Path, node) { Children = [] };
                    child.Items?.Add(item);
                    current = item;
                    continue;
                }
                if (child is null)
                {
                    child = new TomlEntry(name, Join(current.Path, name), node) { Children = [] };
                    current.Children.Add(child);
                }
                else if (child.Items is { Count: > 0 } items)
                {
                    child = items[^1];
                }
                if (last)
                {
                    child.At = node;
                }
                current = child;
            }
            if (current.Children is null || table.Items is null)
            {
                continue;
            }
            foreach (var kv in table.Items)
            {
                current.Add(kv);
            }
        }
        return root;
    }

    /// <summary>The 1-based line of <paramref name="node"/>.</summary>
    public static int Line(SyntaxNode node) => node.Span.Start.Line + 1;

    /// <summary>The 1-based column (in characters) of <paramref name="node"/>.</summary>
    public static int Column(SyntaxNode node) => node.Span.Start.Column + 1;

    /// <summary>The source text of <paramref name="node"/> as written in <paramref name="text"/>, trivia excluded.</summary>
    public static string SourceText(string text, SyntaxNode node)
    {
        int start = node.Span.Start.Offset;
        int end = node.Span.End.Offset;
        return start >= 0 && end >= start && end < text.Length ? text.Substring(start, end - start + 1) : node.ToString()?.Trim() ?? "";
    }

    private void Add(KeyValueSyntax kv)
    {
        if (kv.Key is null || Children is null)
        {
            return;
        }
        var parts = Parts(kv.Key);
        TomlEntry current = this;
        for (int i = 0; i < parts.Count - 1 && current.Children is not null; i++)
        {
            var (name, node) = parts[i];
            var child = current[name];
            if (child is null)
            {
                child = new TomlEntry(name, Join(current.Path, name), node) { Children = [] };
                current.Children.Add(child);
            }
            current = child;
        }
        if (current.Children is null || parts.Count == 0)
        {
            return;
        }
        var (last, at) = parts[^1];
        current.Children.Add(FromValue(last, Join(current.Path, last), at, kv.Value));
    }

    private static TomlEntry FromValue(string name, string path, SyntaxNode at, ValueSyntax? value)
    {
        switch (value)
        {
            case InlineTableSyntax inline:
                var table = new TomlEntry(name, path, at) { Children = [] };
                foreach (var item in inline.Items)
                {
                    if (item.KeyValue is { } kv)
                    {
                        table.Add(kv);
                    }
                }
                return table;
            case ArraySyntax array when array.Items.ChildrenCount > 0 && array.Items.All(i => i.Value is InlineTableSyntax):
                var list = new TomlEntry(name, path, at) { Items = [] };
                foreach (var item in array.Items)
                {
                    list.Items.Add(FromValue(name, path, item.Value!, item.Value));
                }
                return list;
            default:
                return new TomlEntry(name, path, at) { Value = value };
        }
    }

    private static List<(string Name, SyntaxNode Node)> Parts(KeySyntax? key)
    {
        var parts = new List<(string, SyntaxNode)>();
        if (key?.Key is { } first)
        {
            parts.Add((KeyText(first), first));
        }
        if (key?.DotKeys is { } dots)
        {
            foreach (var dot in dots)
            {
                if (dot.Key is { } k)
                {
                    parts.Add((KeyText(k), k));
                }
            }
        }
        return parts;
    }

    private static string KeyText(BareKeyOrStringValueSyntax key) => key switch
    {
        BareKeySyntax bare => bare.Key?.Text ?? "",
        StringValueSyntax quoted => quoted.Value ?? "",
        _ => key.ToString()?.Trim() ?? "",
    };

    private static string Join(string path, string name) =>
        path.Length == 0 ? name : string.Create(CultureInfo.InvariantCulture, $"{path}.{name}");
}
