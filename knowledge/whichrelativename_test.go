package knowledge

import "testing"

// TestWhichRelativeName: a one-word name that "which" takes as its
// antecedent, alone or after "and" and another name, is an organisation;
// a weekday, a name after its class noun ("the ferry Glenmere") and the
// short name of a body already named are none (whichrelativename.go). The article
// is written for this test and is in no question set.
func TestWhichRelativeName(t *testing.T) {
	text := "Drug trial\n\n" +
		"BOSTON (AP) — The trial was paid for by Novartis and Biogen, which make the drug, and by Wellcome, which gave $4 million.\n\n" +
		"Results came out on Tuesday, which surprised doctors. The ferry Glenmere, which sank in 1911, carried the samples. " +
		"Regulators fined Bluecrest Aquatics. The tests will be run by Bluecrest, which the city pays.\n"
	checkEntities(t, text, []entityCase{
		{name: "Novartis", kind: Organisation},
		{name: "Biogen", kind: Organisation},
		{name: "Wellcome", kind: Organisation},
	})
	a, _ := Parse(text, Options{})
	for _, e := range a.Entities {
		if e.Name == "Tuesday" || e.Name == "Glenmere" || e.Name == "Bluecrest" {
			t.Errorf("%s read as an entity of its own: %+v", e.Name, e)
		}
	}
}
