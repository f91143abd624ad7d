package lookup

import "testing"

// caveBones is a short article written for this test, in no question set:
// a named expert's quoted words that leave a question open ("whether"),
// and quoted words that set an alternative aside.
const caveBones = `Cavers find bones of ancient bear in Idaho cave

SALMON BEND, Idaho (AP) — Cavers have found the bones of a short-faced bear in a cave near Salmon Bend, researchers at Ridgeline State University said Wednesday.

"We don't know yet whether the bear was male or female," said Dr. Carla Munez, a paleontologist at the university.

"The bear lived in the valley, not in the cave," Munez said.

"The cave stayed cold all year," Munez said.
`

func TestQuotedOpenClauseGivesNoVerdict(t *testing.T) {
	e := engineOf(t, caveBones)
	checkOpenings(t, e, []openingCase{
		// the speaker leaves it open: no verdict, the words given
		{"was the bear male", partialYesNo, []string{"whether"}, []string{"Yes", "No —"}},
		// the speaker sets the cave aside: no, on her word
		{"did the bear live in the cave", "No, according to", nil, nil},
		// what the speaker asserts: yes, on her word, as before
		{"did the bear live in the valley", "Yes, according to", nil, nil},
		{"was the cave cold", "Yes, according to", nil, nil},
	})
}
