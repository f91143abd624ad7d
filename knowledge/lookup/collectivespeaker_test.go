package lookup

import "testing"

// "what did the family say" is the family's own statement, or a relative
// speaking where the article writes "the family"; never someone named
// beside another family.
func TestCollectiveSpeaker(t *testing.T) {
	e := engineOf(t, "Library renames reading room\n\nOAKDALE, Neb. (AP) — The Oakdale Public Library renamed its reading room on Saturday for a teacher who died last year.\n\n\"She read to three generations of this town,\" said librarian Paul Grady, who said the room was paid for by the family of the town's first mayor.\n\nMembers of the Voss family, who asked for the change, said in a statement that they were \"grateful beyond words.\"\n")
	checkAnswers(t, e, []answerCase{
		{"what did the family say", []string{"grateful beyond words"}, []string{"three generations"}},
	})
	e = engineOf(t, "Former mayor convicted of fraud\n\nLANTON, Ky. (AP) — A jury convicted former Mayor Dale Pruitt on Friday of taking $40,000 from a city fund.\n\nProsecutors said Pruitt used the money to repair his family's cabin. \"I never took a dime,\" Pruitt said.\n")
	refuses(t, e, "what did the family say")
	e = engineOf(t, "Dog found after six weeks\n\nALDEN, Iowa (AP) — A beagle missing for six weeks was found Tuesday in a barn 30 miles from home.\n\nOwner Greta Holm said the family had nearly given up. \"He walked in like nothing happened,\" Holm said.\n")
	checkAnswers(t, e, []answerCase{
		{"what did the family say", []string{"Holm"}, nil},
	})
}
