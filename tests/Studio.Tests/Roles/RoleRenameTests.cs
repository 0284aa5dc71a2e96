using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;
using ApiStudio.Studio.Roles;

namespace ApiStudio.Studio.Tests.Roles;

public sealed class RoleRenameTests
{
    [Fact]
    public void Renaming_a_role_of_a_sample_rewrites_every_reference_and_keeps_the_design_valid()
    {
        var crm = DefinitionJson.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "crm.api.json"))).Definition!;
        var before = DefinitionValidator.Validate(crm).Count(d => d.IsError);
        var uses = RoleRename.CountReferences(crm, "sales");
        Assert.True(uses > 0);

        var renamed = RoleRename.Apply(crm, "sales", "sellers");

        Assert.Equal(0, RoleRename.CountReferences(renamed, "sales"));
        Assert.Equal(uses, RoleRename.CountReferences(renamed, "sellers"));
        Assert.Contains("sellers", renamed.RoleHierarchy);
        Assert.Equal(before, DefinitionValidator.Validate(renamed).Count(d => d.IsError));
        Assert.DoesNotContain("\"sales", DefinitionJson.Serialize(renamed));
    }

    [Fact]
    public void Renaming_to_the_same_name_returns_the_same_definition()
    {
        var definition = new ApiDefinition { Roles = [new RoleDefinition { Name = "admin" }] };

        Assert.Same(definition, RoleRename.Apply(definition, "admin", "admin"));
    }
}
