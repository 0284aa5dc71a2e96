using ApiStudio.Runtime.Definition;
using static ApiStudio.Runtime.Tests.Masking.MaskingDefinition;

namespace ApiStudio.Runtime.Tests.Definition;

public class TableMetadataTests
{
    [Fact]
    public void Metadata_is_derived_once_per_table_instance()
    {
        Assert.Same(TableMetadata.Of(Candidates), TableMetadata.Of(Candidates));
        Assert.Same(SystemColumns.EffectiveColumns(Candidates), SystemColumns.EffectiveColumns(Candidates));
        Assert.Same(ResolvedFirewall.Resolve(Candidates), ResolvedFirewall.Resolve(Candidates));
    }

    [Fact]
    public void A_changed_copy_of_a_table_gets_its_own_metadata()
    {
        var copy = Candidates with { SoftDelete = true, Columns = Candidates.Columns.Where(c => c.Name != "ownerId").ToList() };

        Assert.NotSame(TableMetadata.Of(Candidates), TableMetadata.Of(copy));
        Assert.Contains(SystemColumns.EffectiveColumns(copy), c => c.Name == SystemColumns.DeletedAt);
        Assert.DoesNotContain(SystemColumns.EffectiveColumns(Candidates), c => c.Name == SystemColumns.DeletedAt);
        Assert.Equal("ownerId", ResolvedFirewall.Resolve(Candidates).OwnerColumn);
        Assert.Null(ResolvedFirewall.Resolve(copy).OwnerColumn);
    }

    [Fact]
    public void An_equal_copy_is_still_derived_from_itself()
    {
        var copy = Candidates with { };

        Assert.Equal(Candidates, copy);
        Assert.NotSame(TableMetadata.Of(Candidates), TableMetadata.Of(copy));
        Assert.Equal(SystemColumns.EffectiveColumns(Candidates), SystemColumns.EffectiveColumns(copy));
    }

    [Fact]
    public void Masked_columns_and_managed_fields_match_the_definition()
    {
        var metadata = TableMetadata.Of(Candidates);

        Assert.Equal(new HashSet<string> { "fullName", "email", "phone", "salary" }, metadata.MaskedColumns);
        Assert.Contains("ownerId", metadata.ManagedFields);
        Assert.Contains("id", metadata.ManagedFields);
        Assert.Equal(["portfolio", "source"], metadata.SearchableColumns.Select(c => c.Name));
        Assert.Same(metadata.EffectiveColumns.Single(c => c.Name == "email"), metadata.EffectiveColumn("email"));
        Assert.Null(metadata.EffectiveColumn("nope"));
    }
}
