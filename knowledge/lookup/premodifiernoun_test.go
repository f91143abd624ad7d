package lookup

import "testing"

// libraryBranches is a short article written for this test, in no
// question set: the asked noun first as a premodifier of another noun
// after a name ("the Dunmore library board"), then as the head after
// the names of its instances.
const libraryBranches = `Library board closes branches

The Dunmore library board voted Tuesday to close the Elm and Birch public libraries in June, citing a budget shortfall.
`

// TestPremodifierNamesNoInstance: "which libraries" is answered by the
// names before the head "libraries", not by the name before "library"
// that premodifies "board".
func TestPremodifierNamesNoInstance(t *testing.T) {
	checkOpenings(t, engineOf(t, libraryBranches), []openingCase{
		{"which libraries are closing", "Elm and Birch public libraries.", nil, []string{"Dunmore library."}},
	})
}
