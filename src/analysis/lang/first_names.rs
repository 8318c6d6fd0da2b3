//! Common first names and their usual gender, across the languages of the news (German, English,
//! and the Slavic, Romance, Arabic, Turkish, Asian names common in reporting). A lexicon of the
//! language, not of any article: it tells "Anna Schmidt" (a woman) from "Schmidt" (unknown).

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

use crate::model::Gender;

const FEMALE: &str = "Abby Ada Adele Adriana Agata Agnes Agnieszka Aisha Alba Alessandra Alexa Alexandra Alexandria Alice Alicia Alina Alisa Alison Allison Alma Amal Amanda Amber Amelia Amy Ana Anastasia Andrea Angela Angelika Angelina Anita Anja Anke Ann Anna Annalena Anne Anneliese Annette Annika Antje Antonia Aria Ariana Ashley Astrid Aung Ava Barbara Beate Beatrice Beatrix Becky Belinda Bella Benedetta Bettina Betty Beverly Bianca Birgit Brenda Bridget Britta Brittany Brooke Camila Camilla Carina Carla Carmen Carol Caroline Carolyn Cassandra Catherine Cathy Cecilia Celine Charlotte Chelsea Cheryl Chiara Chloe Christa Christiane Christina Christine Cindy Claire Clara Claudia Colleen Cornelia Cristina Cynthia Dagmar Daniela Danielle Daria Deborah Debra Denise Diana Diane Dilma Dina Dolores Dominika Donna Doris Dorothea Dorothy Edith Elena Eleanor Elif Elisa Elisabeth Elise Elizabeth Elke Ella Ellen Elly Elvira Emilia Emily Emine Emma Erica Erika Esther Eva Evelyn Fatima Fatma Felicitas Fiona Florence Franziska Frauke Frederike Friederike Gabriela Gabriele Gabrielle Galina Gerda Gertrud Gesine Gina Giorgia Gisela Giulia Gloria Grace Greta Gudrun Hanna Hannah Hannelore Harriet Hayley Heather Heidi Heike Helen Helena Helene Helga Henrike Hillary Hilde Hildegard Hope Ida Ilona Ilse Ina Ines Inga Inge Ingrid Irene Irina Iris Isabel Isabella Isabelle Ivana Jacqueline Jana Jane Janet Janina Janine Jasmin Jasmine Jayne Jeanne Jennifer Jenny Jessica Jill Joan Joanna Johanna Josephine Joyce Judith Judy Julia Julie Juliane Justine Jutta Karen Karin Karina Karla Kate Katharina Katherine Kathleen Kathrin Kathryn Katja Katrin Kayla Kelly Kerstin Kim Kimberly Kirsten Klara Klaudia Kristina Laila Lara Laura Lauren Lea Leah Leila Lena Leonie Lidia Liliana Lily Linda Lisa Liz Loretta Lorraine Louise Lucia Lucy Luisa Luise Lydia Lynn Madeleine Madison Magdalena Maia Malala Manuela Mara Marcela Margaret Margarete Margarethe Margit Margot Maria Mariana Marianne Marie Marina Marine Marion Marisa Marlene Martha Martina Mary Maryam Megan Meike Melania Melanie Melissa Mia Michaela Michelle Mila Mira Miriam Mona Monica Monika Nadia Nadine Nadja Nancy Natalia Natalie Natascha Natasha Nathalie Nicola Nicole Nikki Nina Nora Olga Olivia Paola Patricia Paula Pauline Petra Philippa Priscilla Rachel Rebecca Regina Renate Rita Roberta Rosa Rosemarie Rose Ruth Sabine Sabrina Sahra Sally Samantha Sandra Sara Sarah Saskia Selina Serena Sharon Sheila Silke Silvia Simone Sofia Sonia Sonja Sophia Sophie Stefanie Stephanie Susan Susanne Suzanne Svenja Svetlana Sylvia Tamara Tania Tanja Tatiana Tatjana Teresa Theresa Theresia Tina Tracy Ulla Ulrike Ursula Uta Ute Valentina Valerie Vanessa Vera Veronika Victoria Viktoria Virginia Wendy Yasmin Yulia Yvonne Zoe Zofia";

const MALE: &str = "Aaron Abdel Abdul Abdullah Abraham Adam Adrian Ahmad Ahmed Alain Alan Albert Alberto Alejandro Aleksandr Aleksei Alessandro Alex Alexander Alexandre Alexei Alexej Alfred Ali Alois Amir Anders Andre Andreas Andrei Andrej Andrew Andrzej Andy Angelo Anthony Anton Antonio Armin Arnold Arthur Axel Barack Bashar Bastian Ben Benedikt Benjamin Bernd Bernhard Bernie Bill Björn Bob Bodo Boris Brad Bradley Brandon Brian Bruce Bruno Burkhard Carl Carlo Carlos Cem Charles Charlie Chris Christian Christoph Christopher Claus Clemens Colin Conrad Craig Cyril Dale Dan Daniel Dariusz David Dennis Detlef Diego Dieter Dietmar Dimitri Dirk Dmitri Dmitrij Dmitry Dominik Donald Doug Douglas Duncan Edgar Eduard Eduardo Edward Emmanuel Enrico Eric Erich Erik Ernst Erwin Eugen Evan Fabian Felipe Felix Ferdinand Fernando Florian Francesco Francis Francisco Frank Franz Fred Frederick Friedrich Fritz Gabriel Gareth Gary Georg George Gerald Gerd Gerhard Gernot Giorgio Giovanni Giuseppe Gordon Gregor Gregory Guido Günter Günther Gustav Hamid Hans Harald Harry Hartmut Hassan Heiko Heinrich Heinz Helmut Henri Henrik Henry Herbert Hermann Holger Horst Hubert Hugo Hussein Ian Igor Ilja Ingo Ivan Jack Jacob Jake Jakob James Jan Jason Javier Jean Jeff Jeffrey Jens Jeremy Jerome Jerzy Jim Jimmy Joachim Jochen Joe Joel Johann Johannes John Jonathan Jordan Jorge Jörg Josef Joseph Josh Joshua José Juan Julian Jürgen Justin Kai Kamal Karl Karsten Keith Kemal Ken Kenneth Kevin Kim Klaus Konrad Konstantin Kurt Lars Laurent Lawrence Lennart Leo Leon Leonard Leonid Lothar Louis Luca Lucas Ludwig Luigi Luis Lukas Luke Lutz Manfred Manuel Marc Marcel Marco Marcus Mario Mark Markus Martin Marvin Mateusz Mathias Matteo Matthew Matthias Max Maximilian Michael Michail Michel Miguel Mike Mikhail Milan Mitch Mohamed Mohammad Mohammed Muhammad Murat Mustafa Nathan Neil Nicholas Nick Nicolas Niklas Nikolai Nikolaus Nils Norbert Olaf Oleg Oliver Omar Oscar Oskar Otto Pablo Paolo Pascal Patrick Paul Pavel Pedro Peter Petr Philip Philipp Piotr Pierre Rafael Rainer Ralf Ralph Ramon Rand Raphael Recep Reinhard Reinhold René Richard Rick Rishi Rob Robert Roberto Robin Rodrigo Roger Roland Rolf Roman Ron Ronald Rudolf Rüdiger Rupert Russell Ryan Salman Sam Samuel Sascha Scott Sebastian Sergei Sergej Sergey Sigmar Simon Stanislaw Stefan Steffen Stephan Stephen Steve Steven Sven Tayyip Ted Theo Thomas Thorsten Tim Timo Timothy Tobias Todd Tom Tomasz Tony Torsten Ulrich Uwe Valentin Victor Viktor Vincent Vitali Vitaly Vladimir Volker Walter Werner Wilhelm William Willy Wladimir Wojciech Wolfgang Xavier Yannick Yuri Yusuf Zbigniew";

static NAMES: LazyLock<FxHashMap<&'static str, Gender>> = LazyLock::new(|| {
    let mut map = FxHashMap::default();
    for name in MALE.split_whitespace() {
        map.insert(name, Gender::Male);
    }
    for name in FEMALE.split_whitespace() {
        map.insert(name, Gender::Female);
    }
    map
});

/// The usual gender of a first name, if it is a known one.
pub fn first_name(word: &str) -> Option<Gender> {
    NAMES.get(word).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_names_have_a_gender() {
        assert_eq!(first_name("Anna"), Some(Gender::Female));
        assert_eq!(first_name("Thomas"), Some(Gender::Male));
        assert_eq!(first_name("Haus"), None);
        assert_eq!(first_name("anna"), None, "names are capitalised");
    }
}
