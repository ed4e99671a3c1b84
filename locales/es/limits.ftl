## Textos largos: se rechazan indicando cómo enviarlos, se muestran enteros, nunca se cortan.

error-text-too-long = Ese texto tiene { $length } { $length ->
    [one] carácter
    [many] de caracteres
   *[other] caracteres
}; este campo admite como máximo { $max }. Para una contribución más larga, ponga el texto completo en un documento compartido y envíe aquí su enlace con un breve resumen.
form-answer-label = Su respuesta a { $id }
form-answer-kept = Su respuesta actual a { $id } tiene { $length } { $length ->
    [one] carácter
    [many] de caracteres
   *[other] caracteres
}, demasiados para editarla en este formulario, por lo que el campo de abajo está vacío: su respuesta se conserva salvo que escriba una nueva en él. Para cambiarla, use { $command }. Comienza así: «{ $excerpt }…»
form-too-long = Estas preguntas son demasiado largas para un formulario de Slack. Respóndalas una a una con { $respond }, o cada una con { $answer }.
home-more = Tiene más pendiente de lo que cabe aquí: consulte { $rounds }, { $meetings } y { $actions }.
