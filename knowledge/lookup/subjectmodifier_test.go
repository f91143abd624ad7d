package lookup

import "testing"

// millPresident is a short article written for this test, in no question
// set: a lead whose subject is a post with an of-phrase and an appositive
// holding a place's name, the holder named in the next paragraph, and a
// work postmodified by a reduced passive relative of doing.
const millPresident = `Mill president quits

BEND, Ore. (AP) — The president of Corbin Tolliver, the largest sawmill in Deschutes County, resigned Friday after inspectors found cracked beams in its main shed.

Wes Harlan, 61, had led the company since 2009.

The inspection, conducted by the engineering firm Halvorsen Blake Associates, found that Harlan had ignored cracks in 14 beams.

Kettle Creek Lumber, a longtime rival of Sisters Timber Cooperative, bought the shed on Monday.
`

// The subject is the head of the noun phrase before the verb, not a name
// in its of-phrase or its appositive; a work's maker is the by-phrase of a
// participle of doing after it; a body's subject is found past its own
// appositive.
func TestSubjectPastItsModifiers(t *testing.T) {
	e := engineOf(t, millPresident)
	checkOpenings(t, e, []openingCase{
		{q: "who resigned", first: "Wes Harlan."},
		{q: "who did the inspection", first: "Halvorsen Blake Associates."},
		{q: "who conducted the inspection", first: "Halvorsen Blake Associates."},
		{q: "who bought the shed", first: "Kettle Creek Lumber."},
	})
}
