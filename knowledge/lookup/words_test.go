package lookup

import "testing"

// warehouse is a short article written for these tests, in no question
// set: a fire, its cost, a speaker, a committee chair and an official
// named by an abbreviated title.
const warehouse = `Fire guts Dunmore warehouse

DUNMORE, Ohio (AP) — A fire destroyed a paper warehouse in Dunmore early Friday, causing about $2.4 million in damage. No injuries were reported.

Fire Capt. Rosa Lind said the blaze began in a loading bay. Crews spent 14 hours on the fire and poured 9,000 gallons of water on it.

The county's building inspector, Ken Ames, 52, will inspect the site next week. The warehouse owner, Pell Paper Co., said it would rebuild.

Councilwoman Ada Frey, the chairwoman of the council's safety committee, called for new sprinkler rules.

Inspectors found a fire-door propped open near the bay. The warehouse's brick smoke stack collapsed shortly before dawn, and a paper-mill next door was evacuated. Pell Paper said its health care plan would keep covering the 40 warehouse workers.
`

// TestFunctionWords: an indefinite pronoun or the relative "whose" asks
// for no word of the answer.
func TestFunctionWords(t *testing.T) {
	e := engineOf(t, warehouse)
	checkAnswers(t, e, []answerCase{
		{"anybody hurt?", []string{"No injuries"}, nil},
		{"was somebody injured", []string{"No injuries"}, nil},
		{"nobody hurt?", []string{"No injuries"}, nil},
		{"how old is the inspector whose site visit is next week", []string{"52"}, nil},
	})
}

// TestViewpointWise: "X wise" and "Xwise" restrict a question to X's
// respect; the adjective "wise" after a determined noun stays a word.
func TestViewpointWise(t *testing.T) {
	e := engineOf(t, warehouse)
	checkAnswers(t, e, []answerCase{
		{"how much did the fire cause $ wise", []string{"$2.4 million"}, nil},
		{"how much damage was there money wise", []string{"$2.4 million"}, nil},
		{"how much damage was there costwise", []string{"$2.4 million"}, nil},
		{"was the rebuild plan wise", nil, []string{"Yes", "No —"}},
	})
}

// TestContractions: an abbreviation by contraction ("hrs", "cmte") or an
// AP title abbreviation stands for the article's one word of its shape.
func TestContractions(t *testing.T) {
	e := engineOf(t, warehouse)
	checkAnswers(t, e, []answerCase{
		{"how many hrs did crews spend on the fire", []string{"14 hours"}, nil},
		{"what did the safety cmte chair call for", []string{"sprinkler rules"}, nil},
		{"did the cmte chairwoman call for new rules", []string{"Yes"}, nil},
		{"how many gals of water", []string{"9,000 gallons"}, nil},
		// "yds" shortens no word of the article: still not found
		{"how many yds of hose did crews use", nil, []string{"14 hours", "9,000"}},
	})
}

// TestVerbsOfSpeaking: who "talked" or "spoke" about something is who the
// article says said it.
func TestVerbsOfSpeaking(t *testing.T) {
	e := engineOf(t, warehouse)
	checkAnswers(t, e, []answerCase{
		{"who talked about where the blaze began", []string{"Rosa Lind"}, nil},
		{"who spoke about the loading bay", []string{"Rosa Lind"}, nil},
	})
}

// TestCompoundSpellings: a compound written closed, open or hyphenated is
// one word ("smokestack", "smoke stack"; "papermill", "paper mill",
// "paper-mill").
func TestCompoundSpellings(t *testing.T) {
	e := engineOf(t, warehouse)
	checkAnswers(t, e, []answerCase{
		{"when did the smokestack collapse", []string{"before dawn"}, nil},
		{"what happened at the paper mill", []string{"evacuated"}, nil},
		{"what happened at the papermill", []string{"evacuated"}, nil},
	})
}
