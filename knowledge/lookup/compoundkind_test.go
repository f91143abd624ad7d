package lookup

import "testing"

// arsonHearing is a short article written for these tests, in no question
// set: the defendant's lawyer is introduced only by an open compound
// ("public defender") that WordNet files under "lawyer", and a prosecutor
// speaks too; the clinic's nurse only as a "nurse practitioner".
const arsonHearing = `Woman pleads not guilty in barn fire that killed 14 horses

LANCASTER, Pa. (AP) — A 41-year-old woman pleaded not guilty Monday to setting a fire that destroyed a horse barn outside Lancaster and killed 14 horses, court records show.

Marisol Duarte of Ephrata is charged with arson and animal cruelty. Prosecutor Dennis Whitlock said investigators found gasoline cans in her car. "The evidence is strong, and we will present it at trial," Whitlock said.

Her public defender, Ruth Okonkwo, said Duarte was at work when the fire started. "My client has a time card that puts her 20 miles away," Okonkwo said.

The stable's nurse practitioner, Janet Kroll, treated two stable hands for smoke. "They were lucky to get out," Kroll said.
`

// TestCompoundKind checks that a role asked by a general noun ("her
// lawyer", "the lawyer", "the nurse") finds the person the article
// introduces by an open compound WordNet files under that noun ("public
// defender", "nurse practitioner"), and not another speaker.
func TestCompoundKind(t *testing.T) {
	e := engineOf(t, arsonHearing)
	if e.noLex {
		t.Skip("needs WordNet")
	}
	checkAnswers(t, e, []answerCase{
		{"what did her lawyer say", []string{"time card"}, []string{"evidence is strong"}},
		{"what did duarte's attorney say", []string{"time card"}, []string{"evidence is strong"}},
		{"what did the nurse say", []string{"lucky to get out"}, []string{"time card"}},
	})
}

// tenantHearing is a second short article for these tests, in no question
// set, where the only lawyer is a "public defender": "the lawyer" is a
// speaker asked by description, not by relation, and finds her.
const tenantHearing = `Man accused of setting fire to landlord's garage released on bail

YORK, Pa. (AP) — A York man accused of setting fire to his landlord's garage was released Friday on $10,000 bail.

Trevor Pask, 33, is charged with arson. His public defender, Ruth Okonkwo, said Pask would fight the charge. "He was asleep at home, and his neighbors will say so," Okonkwo said.
`

// TestCompoundKindDescribed checks "what did the lawyer say" against an introduction
// by an open compound.
func TestCompoundKindDescribed(t *testing.T) {
	e := engineOf(t, tenantHearing)
	if e.noLex {
		t.Skip("needs WordNet")
	}
	checkAnswers(t, e, []answerCase{
		{"what did the lawyer say", []string{"asleep at home"}, nil},
	})
}
