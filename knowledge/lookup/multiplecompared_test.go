package lookup

import "testing"

// exomoonFind is a short article written for this test and in no
// question set: a size told only as multiples of a standard, in the
// sentence after the one that names the thing.
const exomoonFind = "Astronomers report a giant moon around a distant planet\n\n" +
	"A team of astronomers said Thursday it had found a moon orbiting a gas giant 8,000 light-years from Earth.\n\n" +
	"The moon circles its planet every 12 days. It is roughly twice as wide as Earth and about eight times as massive.\n\n" +
	"Other astronomers said the finding needs more observations.\n"

// TestMultipleCompared: "how massive is the moon" gets the multiple of
// its own adjective, "how big" the multiple of a size (multiplecompared.go).
func TestMultipleCompared(t *testing.T) {
	e := engineOf(t, exomoonFind)
	checkOpenings(t, e, []openingCase{
		{q: "how massive is the moon", first: "About eight times as massive"},
		{q: "how big is the moon", first: "Roughly twice as wide as Earth"},
	})
}
