//! Common first names and their usual gender, across the languages of the news (German, English,
//! and the Slavic, Romance, Arabic, Turkish, Asian names common in reporting). A lexicon of the
//! language, not of any article: it tells "Anna Schmidt" (a woman) from "Schmidt" (unknown).

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

use crate::model::Gender;

const FEMALE: &str = "Abby Ada Adele Adelheid Adriana Agata Agathe Agnes Agnieszka Agnès Aisha Alba Albertine Aleksandra Alessandra Alessia Alexa Alexandra Alexandria Alexia Alice Alicia Alicja Alina Aline Alisa Alison Alissa Allison Alma Almut Alwine Amal Amalia Amanda Amber Amelia Amelie Amira Amy Ana Anastasia Andrea Anette Angela Angelika Angelina Angelique Anica Anissa Anita Anja Anke Ann Anna Annabel Annabelle Annalena Anne Annegret Annelie Anneliese Annemarie Annette Annika Antje Antonella Antonia Aria Ariana Ariane Arielle Ashley Asli Astrid Aung Ava Aylin Ayse Ayşe Barbara Barbora Beate Beatrice Beatrix Becky Belinda Bella Benazir Benedetta Benita Berit Bernadette Berta Bertha Bettina Betty Beverly Bianca Birgit Brenda Bridget Brigitta Britt Britta Brittany Bronwyn Brooke Bärbel Camila Camilla Camille Cara Carina Carla Carlotta Carmen Carol Carola Caroline Carolyn Cassandra Caterina Catharina Catherine Cathrin Cathy Cecile Cecilia Celine Chantal Charlene Charlotte Charlène Chelsea Cheryl Chiara Chloe Christa Christel Christiane Christin Christina Christine Cindy Claire Clara Clarissa Claudia Claudine Colleen Condoleezza Constance Constanze Corinna Corinne Cornelia Cristina Cynthia Dagmar Dana Daniela Danielle Danuta Daria Debbie Deborah Debra Delia Denise Diana Diane Dilma Dina Dolores Dominika Dominique Donna Dora Dorina Doris Dorit Dorota Dorothea Dorothy Ebru Edeltraud Edeltraut Edith Ekaterina Elaine Eleanor Elena Eleni Elfriede Elif Elina Elisa Elisabeth Elisabetta Elise Eliza Elizabeth Elke Ella Ellen Elly Elsa Else Elvira Elzbieta Emilia Emilie Emily Emine Emma Erica Erika Erna Ester Esther Eugenia Eva Evelin Evelyn Evelyne Ewa Fabienne Fatima Fatma Federica Felicia Felicitas Fernanda Fiona Florence Francesca Francoise Franziska Françoise Frauke Frederike Frida Frieda Friederike Gabi Gabriela Gabriele Gabrielle Galina Gerda Gertrud Gertrude Gesine Gilda Gina Giorgia Giovanna Gisela Gisèle Gitta Giulia Gloria Golda Gordana Grace Greta Gudrun Gudula Gwen Gwendolyn Hana Hanna Hannah Hanne Hannelore Harriet Hatice Hayley Heather Hedwig Heidi Heidrun Heike Helen Helena Helene Helga Helma Henriette Henrike Hermine Hertha Hilde Hildegard Hillary Hope Hélène Ida Ilham Ilka Ilona Ilse Imke Ina Indira Ines Inga Inge Ingeborg Ingrid Inés Irene Irina Iris Irma Irmgard Irène Isabel Isabella Isabelle Isolde Ivana Ivonne Jacqueline Jadwiga Jana Jane Janet Janina Janine Jasmin Jasmine Jayne Jeanette Jeanne Jeannette Jelena Jenna Jennifer Jenny Jessica Jessie Jill Joan Joanna Joanne Jocelyn Johanna Jolanta Josefine Josephine Joyce Juana Judit Judith Judy Julia Juliane Julianna Julie Juliette Justine Justyna Jutta Kaja Karen Karin Karina Karla Karolina Kasia Katalin Katarina Katarzyna Kate Katerina Katharina Katherine Kathleen Kathrin Kathryn Kathy Katie Katja Katrin Katrina Kayla Kelly Kerstin Kim Kimberly Kirsten Kirstin Klara Klaudia Kristin Kristina Kristine Laila Lara Larissa Laura Laure Lauren Lea Leah Leila Lena Leni Leonie Leticia Liane Lidia Liesel Liliana Lilli Lilly Lily Lina Linda Lisa Lisbeth Liselotte Liz Loretta Lorraine Lotte Louise Lucia Lucie Lucy Ludmila Luisa Luise Luzia Lydia Lynn Madeleine Madison Magdalena Maia Maja Malala Malgorzata Manuela Mara Marcela Mareike Margaret Margarete Margarethe Margaux Margit Margot Margrit Maria Mariam Mariana Mariangela Marianna Marianne Marie Mariella Marija Marijke Marina Marine Marion Marisa Marisol Marit Marleen Marlene Marlies Marta Martha Martina Martine Mary Maryam Mathilde Małgorzata Mechthild Megan Meike Melania Melanie Melina Melissa Mercedes Merve Mette Mia Michaela Michelle Mila Milena Mira Mireille Miriam Mona Monica Monika Monique Myriam Nadia Nadine Nadja Nancy Naomi Natalia Natalie Natalja Natascha Natasha Nathalie Nele Nicola Nicole Nicoletta Nikki Nina Noemi Nora Nursel Océane Oksana Olena Olga Olivia Ottilie Paola Patricia Patrizia Paula Pauline Penelope Petra Petronella Philippa Pia Priscilla Rachel Rahel Ramona Raquel Rebecca Rebekka Regina Regine Reina Renate Renée Ricarda Rita Roberta Rosa Rosalie Rosalind Rose Rosemarie Rosemary Roswitha Roxana Ruth Sabina Sabine Sabrina Sahar Sahra Sally Salma Samantha Sandra Sandrine Sanna Sara Sarah Saskia Selina Serena Sevim Sharon Sheila Sibylle Sieglinde Sigrid Silke Silvana Silvia Simone Sina Siobhan Siri Sofia Solveig Sonia Sonja Sophia Sophie Stefanie Stella Stephanie Susan Susann Susanna Susanne Suzanne Svenja Svetlana Sybille Sylvia Sylvie Ségolène Tabea Tamar Tamara Tania Tanja Tanya Tatiana Tatjana Tatyana Teresa Thea Theresa Therese Theresia Tina Tracy Ulla Ulrica Ulrika Ulrike Ursula Uta Ute Valentina Valeria Valerie Valérie Vanessa Vera Verena Veronika Vesna Victoria Viktoria Virginia Vivian Viviane Waltraud Waltraut Wendy Wiebke Wilhelmina Yasemin Yasmin Yulia Yvette Yvonne Zeynep Zoe Zofia Zsuzsanna Zuzana";

const MALE: &str = "Aaron Abbas Abdel Abdelaziz Abdul Abdulla Abdullah Abraham Achim Adam Adolf Adrian Adriano Agustín Ahmad Ahmed Ahmet Akbar Alain Alan Albert Alberto Aldo Alejandro Aleksander Aleksandr Aleksei Alessandro Alessio Alex Alexander Alexandre Alexei Alexej Alexis Alfonso Alfred Alfredo Ali Alireza Alois Aloys Alvaro Amadeus Ambrose Amir Anatoli Anatolij Anders Andre Andreas Andrei Andrej Andrew Andrzej Andrés Andy Angelo Angus Anselm Anthony Antoine Anton Antonio Antonín Ariel Aristide Arjen Arkadi Armin Arne Arno Arnold Arthur Arturo Ashraf Attila Augustin Aurelio Axel Ayman Baptiste Barack Bartosz Bashar Bashir Basil Bastian Bastien Ben Benedict Benedikt Benjamin Benno Benoît Bernard Bernardo Bernd Berndt Bernhard Bernie Bert Berthold Bertrand Bilal Bill Bjarne Björn Bob Bodo Bogdan Bohdan Boris Brad Bradley Brandon Brian Bruce Bruno Burak Burkhard Bülent Carl Carlo Carlos Caspar Cedric Cem Cesar Charles Charlie Chris Christian Christoph Christophe Christopher Claudio Claus Clemens Colin Conrad Constantin Cornelius Craig Cristian Cyril Cédric César Dale Damian Damien Dan Daniel Dario Darius Dariusz Dave David Davide Dejan Denis Dennis Detlef Didier Diego Dieter Dietmar Dietrich Dimitri Dimitrios Dirk Dmitri Dmitrij Dmitry Domenico Dominic Dominik Donald Doug Douglas Dragan Duncan Dušan Eckart Eckhard Edgar Edmund Eduard Eduardo Edward Edwin Egon Ehud Eike Ekmel Ekrem Elias Elmar Emil Emile Emilio Emmanuel Enrico Enrique Ephraim Erdogan Erhard Eric Erich Erik Ernesto Ernst Erwin Esteban Ethan Eugen Evan Evo Ewald Fabian Fabio Fabrizio Faisal Falk Farid Fatih Federico Felice Felipe Felix Ferdinand Ferenc Fernando Filip Filippo Florent Florian Francesco Francis Francisco Francois Frank Frank-Walter Frans Franz Franz-Josef François Fred Frederick Frieder Friedhelm Friedrich Fritz Fuad Fumio Gabor Gabriel Gaetano Gareth Gary Gavin Georg George Georgi Georgios Gerald Gerardo Gerd Gerhard Gernot Gerold Gerrit Gert Gilbert Gilles Gino Gioacchino Giorgio Giorgos Giovanni Giulio Giuseppe Glenn Godfrey Gonzalo Gordon Gottfried Gregor Gregory Grzegorz Guido Guillaume Gunnar Gunter Gustav Gustavo Gábor Götz Günter Günther Haider Hakan Halil Hamid Hamza Hani Hannes Hanno Hans Hansjörg Harald Harold Harry Hartmut Harvey Hasan Hassan Heiko Heiner Heinrich Heinz Helge Helmut Hendrik Henning Henri Henrik Henry Herbert Herman Hermann Hinrich Holger Horacio Horst Hosni Howard Hubert Hugo Hussein Håkan Hüseyin Ian Ibrahim Ignacio Igor Ilja Imre Ingo Ingolf Inácio Isaac Ismail Istvan István Ivan Ivo Jacek Jack Jacob Jacques Jair Jake Jakob Jakub Jalal Jamal James Jan Janusz Jaroslav Jaroslaw Jarosław Jason Javier Jean Jean-Claude Jean-Luc Jean-Marc Jean-Pierre Jean-Yves Jeff Jeffrey Jens Jeremy Jeroen Jerome Jerzy Jesús Jim Jimmy Jiri Jiří Joachim Joaquín Jochen Joe Joel Johann Johannes John Joko Jonas Jonathan Joost Jordan Jorge Joris Joschka Josef Joseph Josh Joshua Jost José Jovan João Juan Julian Julien Julius Jussi Justin Jörg Jürgen Kai Kamal Karim Karl Karsten Kaspar Kazimierz Keir Keith Kemal Ken Kenan Kenneth Kevin Khaled Khalid Kim Kjell Klaus Klemens Knut Kofi Konrad Konstantin Krzysztof Kurt Kyriakos Lajos Lamberto Lars Lasse Laszlo Laurent Lawrence Leif Lennard Lennart Leo Leon Leonard Leonardo Leonid Leopold Levent Lionel Lorenz Lorenzo Lothar Louis Luc Luca Lucas Ludger Ludwig Luigi Luis Luiz Lukas Lukasz Luke Lutz László Magnus Mahmoud Mahmud Majid Malcolm Malte Manfred Manmohan Manolo Manuel Marc Marcel Marcin Marco Marcus Marek Marian Mariano Mario Marius Mark Marko Markus Martin Martín Marvin Marwan Massimo Mateusz Mathias Mathieu Matteo Matthew Matthias Matthieu Mattias Matías Maurice Mauricio Maurizio Max Maximilian Mehdi Mehmet Meinhard Melvin Mesut Mevlüt Michael Michail Michał Michel Michele Miguel Mikael Mike Mikhail Mikheil Mikkel Milan Milos Miloš Mirko Mitch Mohamed Mohammad Mohammed Mohsen Moritz Morten Moshe Muhammad Murat Mustafa Mustapha Nabil Naftali Naguib Narendra Nasser Nathan Neil Nicholas Nick Nico Nicolai Nicolas Nicolás Niels Nihat Niklas Nikola Nikolai Nikolaj Nikolas Nikolaus Nils Noah Norbert Numan Nuri Olaf Olav Oleg Oleksandr Oliver Olivier Omar Omid Orhan Osama Oscar Oskar Oswald Ottmar Otto Pablo Paolo Pascal Patrice Patrick Patrik Paul Paulo Pavel Pedro Peter Petr Petro Philip Philipp Philippe Pierluigi Pierre Pietro Piotr Pius Pål Radek Radoslaw Radovan Rafael Rafał Rahul Raimund Rainer Ralf Ralph Ramon Rand Raphael Rashid Raymond Raúl Recep Reginald Reinhard Reinhart Reinhold René Reto Reza Ricardo Riccardo Richard Rick Rico Rishi Rob Robert Roberto Robin Rodolfo Rodrigo Roger Roland Rolando Rolf Roman Romano Ron Ronald Ruben Rubén Rudi Rudolf Ruhollah Rui Rupert Russell Ryan Rüdiger Sabri Salah Salim Salman Salvatore Sam Sami Samuel Sandro Santiago Sascha Scott Sebastian Sebastián Sergei Sergej Sergey Sergio Shimon Shinzo Siegfried Sigmar Sigurd Silvio Simon Slawomir Stanislav Stanislaw Stefan Stefano Steffen Stellan Stephan Stephen Steve Steven Sven Sylvain Szymon Sönke Tadeusz Tarek Tariq Tayyip Ted Theo Theodor Thierry Thilo Thomas Thorsten Till Tillmann Tim Timo Timothy Tobias Todd Tom Tomas Tomasz Tomás Tomáš Tony Tore Torsten Ulf Ulrich Umberto Urs Uwe Vadim Valentin Valentino Valeri Valery Vasily Vicente Victor Viktor Vincent Vitali Vitaly Vito Vittorio Vladimir Vladislav Volker Volkmar Volodymyr Václav Waldemar Walid Walter Wenzel Werner Wieland Wiktor Wilfried Wilhelm Willem Willi William Willy Winfried Witold Wladimir Wojciech Wolfgang Wolfram Xaver Xavier Yair Yannick Yannis Yasin Yasser Yitzhak Yoshihide Yossi Youssef Yuri Yusuf Yves Zbigniew Ziad Zoran Álvaro Étienne İbrahim Łukasz";

/// First names given to women and men alike, in one language or across them ("Andrea" is a
/// woman in Germany, a man in Italy): a first name, but no evidence of gender.
const EITHER: &str = "Alexis Andrea Ashley Dominique Jamie Jean Jesse Jo Jordan Kim Leslie Morgan Nicola Robin Sascha Taylor Toni";

/// A known first name and the gender it usually has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FirstName {
    Female,
    Male,
    /// Given to women and men alike.
    Either,
}

impl FirstName {
    pub fn gender(self) -> Option<Gender> {
        match self {
            FirstName::Female => Some(Gender::Female),
            FirstName::Male => Some(Gender::Male),
            FirstName::Either => None,
        }
    }
}

static NAMES: LazyLock<FxHashMap<&'static str, FirstName>> = LazyLock::new(|| {
    let mut map = FxHashMap::default();
    for name in MALE.split_whitespace() {
        map.insert(name, FirstName::Male);
    }
    for name in FEMALE.split_whitespace() {
        map.insert(name, FirstName::Female);
    }
    for name in EITHER.split_whitespace() {
        map.insert(name, FirstName::Either);
    }
    map
});

/// A known first name and its usual gender.
pub fn first_name(word: &str) -> Option<FirstName> {
    NAMES.get(word).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_names_have_a_gender() {
        assert_eq!(first_name("Anna"), Some(FirstName::Female));
        assert_eq!(first_name("Thomas"), Some(FirstName::Male));
        // A name of both genders is a first name without one.
        assert_eq!(first_name("Andrea"), Some(FirstName::Either));
        assert_eq!(first_name("Andrea").and_then(FirstName::gender), None);
        assert_eq!(first_name("Haus"), None);
        assert_eq!(first_name("anna"), None, "names are capitalised");
    }
}
