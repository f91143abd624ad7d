package lookup

import "testing"

// ferrisQuarry is a short article written for these tests, in no
// question set: acts told by multi-word verbs ("came across", "bring it
// up") that WordNet 3.0 files under one-word verbs in the phrasal verb's
// most frequent sense, and an intransitive one ("run on", to talk at
// length) written as a verb and preposition with an object.
const ferrisQuarry = `Silver dollars from 1889 surface near Ferris quarry

FERRIS, Ore. (AP) — A retired surveyor came across a rusted strongbox on a ridge above the old Ferris quarry on Sunday, the county sheriff said.

Inside were 40 silver dollars minted in 1889, said Deputy Lou Aranda.

The county museum, which runs on a small grant, hopes to display the coins. Museum staff interviewed 12 longtime residents about the quarry.
`

// TestPhrasalMeans asks by one word ("find") for an act the article
// tells by a multi-word verb that is, in its own most frequent sense, a
// manner of it ("came across"), by one word ("install") that lists in
// its own most frequent sense the article's multi-word verb ("set up")
// as a synonym, and asks "talk" of an article whose
// "runs on a small grant" is no "run on" (to talk at length): a noun
// phrase follows the particle.
func TestPhrasalMeans(t *testing.T) {
	e := engineOf(t, ferrisQuarry)
	checkAnswers(t, e, []answerCase{
		{q: "who found the strongbox", want: []string{"surveyor"}},
		{q: "where was the strongbox found", want: []string{"ridge"}},
		{q: "how many people has the museum talked to", want: []string{"12"}, not: []string{"grant"}},
	})
	e = engineOf(t, `Museum to show Ferris silver

FERRIS, Ore. (AP) — The county museum said Monday that a glass case will be set up in its lobby next spring to show the coins.
`)
	checkOpenings(t, e, []openingCase{
		{"will they install a glass case", "Yes", []string{"lobby"}, nil},
	})
}
