using FluentValidation;
using FluentValidation.Internal;

namespace PartnershipPortal.Web.Components.Shared;

/// <summary>Lets a MudForm check each field with the input's FluentValidation validator as the user types.</summary>
public static class Validation
{
    public static Func<object, string, Task<IEnumerable<string>>> For<TInput>(IValidator<TInput> validator) =>
        async (model, propertyName) =>
        {
            var context = ValidationContext<TInput>.CreateWithOptions((TInput)model, options => options.IncludeProperties(propertyName));
            var result = await validator.ValidateAsync(context);
            return result.IsValid ? [] : result.Errors.Where(e => e.PropertyName == propertyName).Select(e => e.ErrorMessage);
        };
}
