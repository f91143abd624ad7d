package lookup

import "testing"

// paintBoothFire is a short article written for these tests, in no question
// set: the people evacuated counted as "employees" after the act's noun,
// and a count of "people" in another act.
const paintBoothFire = `Factory fire forces evacuation of 200 workers

DAYTON, Ohio — A fire that started in a paint booth at the Harlow Components plant on Tuesday forced the evacuation of about 200 employees and sent 14 of them to hospitals with smoke inhalation, fire officials said.

The plant, which makes brake parts for pickup trucks, employs 430 people across three shifts.

Residents of 40 nearby homes were asked to stay indoors as smoke drifted over the neighborhood.
`

// TestPeopleCountedByKind asks "how many people" of counts the article
// gives by a more exact noun, and of an act named by its noun ("the
// evacuation of about 200 employees"); the count of "people" in another
// act must not win on the general noun alone.
func TestPeopleCountedByKind(t *testing.T) {
	if engineOf(t, paintBoothFire).noLex {
		t.Skip("needs WordNet for the nouns of persons")
	}
	askAll(t, paintBoothFire, []struct {
		q         string
		want, not []string
	}{
		{"how many people were evacuated", []string{"200 employees"}, []string{"430"}},
		{"how many people had to evacuate", []string{"200 employees"}, []string{"430"}},
		{"how many employees were evacuated", []string{"200 employees"}, []string{"430"}},
	})
}
