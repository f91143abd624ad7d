package lookup

import "testing"

// TestDescribedByAppositive checks that "what group does it belong to" is
// answered by the definite noun phrase an indefinite appositive describes
// ("the horsetails, a group of …"), not refused as an unidentified "a
// group", and that a noun of an entity kind before the appositive ("the
// company, a Dayton firm") is no answer, on a short article written for
// this test.
func TestDescribedByAppositive(t *testing.T) {
	e := engineOf(t, "Fossil fern found in quarry\n\nDAYTON, Ohio (AP) — A fossil fern found in a limestone quarry is 300 million years old, researchers said Tuesday.\n\nThe fern belongs to the horsetails, a group of plants with hollow stems. The quarry is run by the company, a Dayton firm that sells gravel.\n")
	checkAnswers(t, e, []answerCase{
		{"what group does the fern belong to", []string{"Horsetails."}, nil},
		{"which firm runs the quarry", nil, []string{"Company."}},
	})
	// "family" names no entity kind: the which-question of any noun
	beetle := engineOf(t, "Beetle found in park\n\nDAYTON, Ohio (AP) — A rare beetle was found in a city park, researchers said Tuesday.\n\nThe beetle belongs to the weevils, a family of beetles with long snouts.\n")
	checkAnswers(t, beetle, []answerCase{
		{"what family does the beetle belong to", []string{"Weevils."}, nil},
	})
}

// TestSubjectAfterCommaIsNoAppositive checks that an indefinite noun
// phrase after a comma that a finite verb follows ("…on the sidelines, an
// industry group reported Monday") is that verb's subject, not an appositive
// describing the noun before the comma, on a short article written for
// this test.
func TestSubjectAfterCommaIsNoAppositive(t *testing.T) {
	e := engineOf(t, "Boat sales slump\n\nTAMPA, Fla. (AP) — Boat sales in Florida fell in May as fuel prices kept buyers on the sidelines, an industry group reported Monday.\n\nDealers sold 4,100 boats in May.\n")
	checkAnswers(t, e, []answerCase{
		{"what group reported the sales", nil, []string{"Sidelines"}},
	})
}
