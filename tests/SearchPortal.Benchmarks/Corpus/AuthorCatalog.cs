namespace SearchPortal.Benchmarks.Corpus;

/// <summary>Bylines: 1,200 invented names per language, Zipf-distributed; 15% of articles have none.</summary>
internal sealed class AuthorCatalog
{
    private static readonly string[] EnglishFirst = ["James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David", "Sarah", "Daniel", "Laura", "Thomas", "Emily", "Mark", "Anna", "Paul", "Helen", "Steven", "Rachel", "Peter", "Claire", "Andrew", "Kate", "Simon", "Julia", "Chris", "Megan", "Brian", "Lucy"];
    private static readonly string[] EnglishLast = ["Smith", "Johnson", "Brown", "Taylor", "Miller", "Wilson", "Moore", "Clark", "Lewis", "Walker", "Hall", "Allen", "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Reed", "Bailey", "Bell", "Cooper", "Ward"];
    private static readonly string[] SpanishFirst = ["José", "María", "Juan", "Rosa", "Carlos", "Ana", "Luis", "Carmen", "Jorge", "Lucía", "Miguel", "Elena", "Pedro", "Sofía", "Manuel", "Isabel", "Javier", "Patricia", "Fernando", "Gabriela", "Ricardo", "Daniela", "Andrés", "Valeria", "Diego", "Claudia", "Raúl", "Mónica", "César", "Paola"];
    private static readonly string[] SpanishLast = ["Quispe", "Flores", "Sánchez", "Rodríguez", "García", "Rojas", "Huamán", "Mamani", "Vásquez", "Chávez", "Ramírez", "Torres", "Díaz", "Mendoza", "Castillo", "Gutiérrez", "Ruiz", "Pérez", "López", "Gonzales", "Espinoza", "Vargas", "Castro", "Romero", "Salazar", "Cruz", "Reyes", "Ramos", "Morales", "Herrera", "Medina", "Aguilar", "Paredes", "Silva", "Fernández", "Córdova", "Cáceres", "Benites", "Palacios", "Zevallos"];

    private readonly Dictionary<string, WeightedSampler<string>> _byLanguage = new()
    {
        ["en"] = WeightedSampler<string>.Zipf(Names(EnglishFirst, EnglishLast), 0.8),
        ["es"] = WeightedSampler<string>.Zipf(Names(SpanishFirst, SpanishLast), 0.8),
    };

    public string? Next(string language, Random random) =>
        random.NextDouble() < 0.15 ? null : _byLanguage[language].Next(random);

    private static IEnumerable<string> Names(string[] first, string[] last) =>
        last.SelectMany((l, i) => first.Select((f, j) => (Name: $"{f} {l}", Order: (i * 7 + j * 13) % (first.Length * last.Length))))
            .OrderBy(n => n.Order).Select(n => n.Name);
}
