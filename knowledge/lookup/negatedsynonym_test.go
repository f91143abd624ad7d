package lookup

import "testing"

// A negated verb the question asks by a word WordNet lists among its
// synonyms denies it ("will not receive a raise": "will she get a
// raise"), while a negated verb of another meaning still says nothing of
// the asked one; the article is written for this test and is in no
// question set.
func TestNegatedSynonymDenies(t *testing.T) {
	e := engineOf(t, "Board extends superintendent's contract\n\nPRICE, Utah (AP) — The Carbon School District board on Tuesday extended Superintendent Lena Park's contract by two years.\n\n"+
		"Park will not receive a raise this year, board president Dale Ivie said. The board did not discuss the bus budget.\n")
	checkOpenings(t, e, []openingCase{
		{q: "will park get a raise", first: "No —"},
		{q: "did park get a raise", first: "No —"},
	})
	if a := answerOf(t, e, "did the board approve the bus budget"); a.Found && (a.Text[:3] == "No " || a.Text[:4] == "Yes ") {
		t.Errorf("a negated verb of another meaning gave a verdict:\n%s", a.Text)
	}
}
