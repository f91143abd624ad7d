package knowledge

import "testing"

// TestAndInsideABodysName: a lower-case "and" between capitalised words
// of a body's of-complement does not end the name; one before a given name does (coordinatedorgname.go).
// The article is written for this test and is in no question set.
func TestAndInsideABodysName(t *testing.T) {
	text := "Lake closed to boats\n\n" +
		"SALEM, Ore. (AP) — The Department of Fish and Wildlife closed Crane Lake to boats Monday, and the Food and Drug Administration warned anglers not to eat its trout.\n\n" +
		"Agents from the Bureau of Alcohol, Tobacco, Firearms and Explosives searched a dock, said Pete Moreno, a spokesman for the Department of Justice and Gov. Ann Lee.\n\n" +
		"The Department of Recreation and Youth Services will lend buses, said Karl and Amy Voss, who run a camp.\n"
	checkEntities(t, text, []entityCase{
		{name: "Department of Fish and Wildlife", kind: Organisation, not: []string{"Department of Fish", "Wildlife"}},
		{name: "Bureau of Alcohol, Tobacco, Firearms and Explosives", kind: Organisation, not: []string{"Bureau of Alcohol"}},
		{name: "Department of Recreation and Youth Services", kind: Organisation, not: []string{"Youth Services"}},
		{name: "Department of Justice", kind: Organisation},
		{name: "Ann Lee", kind: Person},
		{name: "Amy Voss", kind: Person},
	})
}
