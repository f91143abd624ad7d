package lookup

import "testing"

// creekNugget names its find's doer once, and the find again as a thing
// in a sentence about someone else.
const creekNugget = `Prospector's find draws crowds to Anvil Creek

NOME, Alaska (AP) — A 6-ounce gold nugget turned up last week in Anvil Creek, where prospectors have panned since the 1899 rush, drawing hundreds of visitors to the claims.

Lena Porter, 41, found the nugget on a friend's claim about 3 miles upstream from the bridge while panning after a heavy rain.

Geologist Martin Hale will give a talk about the find on Saturday.`

// TestActNamedAsAThingHasNoDoer checks that a sentence telling the asked
// act with its verb answers who did it before one that names the act as
// a noun ("the find") beside someone else.
func TestActNamedAsAThingHasNoDoer(t *testing.T) {
	checkOpenings(t, engineOf(t, creekNugget), []openingCase{
		{"who found it", "Lena Porter", nil, []string{"Hale"}},
	})
}

// townManager describes its doer by a title the article capitalises only
// before her name, a paragraph later.
const townManager = `Hollis fires fire chief over overtime

HOLLIS, N.H. (AP) — Hollis's town manager fired Fire Chief Dale Burke on Tuesday, a week after an audit found he had approved $48,000 in overtime for himself.

Town Manager Rita Okoye told reporters she had lost confidence in Burke.`

// TestCapitalisedTitleHolderIsDescribed checks that "the town manager"
// refers to the one person called "Town Manager" before her name: AP
// style capitalises a formal title before a name and lowers it elsewhere
// (AP Stylebook, "titles").
func TestCapitalisedTitleHolderIsDescribed(t *testing.T) {
	checkOpenings(t, engineOf(t, townManager), []openingCase{
		{"who fired burke", "Rita Okoye", []string{"(¶1)"}, nil},
	})
}

// TestPastActIsNoRole checks that a who-question in the past tense asks
// for the doer of the act, not the holder of a role its verb's stem
// names ("fired", "Fire Chief").
func TestPastActIsNoRole(t *testing.T) {
	checkOpenings(t, engineOf(t, townManager), []openingCase{
		{"who fired him", "Rita Okoye", nil, []string{"Dale Burke."}},
	})
}
