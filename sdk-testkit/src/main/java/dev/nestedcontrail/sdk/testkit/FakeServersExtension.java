package dev.nestedcontrail.sdk.testkit;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * Starts the fakes a test class asks for with {@link Fake} fields or parameters, once per class,
 * and closes them after the class. A fake type is started with its public static no-argument
 * {@code start()} method (such as {@link FakeKeystone#start()}); a static {@code @Fake} field that
 * the class has already set (to a fake built with custom options) is used as it is and closed too.
 *
 * <pre>{@code
 * @ExtendWith(FakeServersExtension.class)
 * class TokenTest {
 *   @Fake FakeKeystone keystone;
 *   @Fake(FakeKeystone.class) String keystoneUrl;
 * }
 * }</pre>
 */
public final class FakeServersExtension implements BeforeAllCallback, TestInstancePostProcessor, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FakeServersExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) throws IllegalAccessException {
    List<Field> toInject = new ArrayList<>();
    for (Field field : fakeFields(context.getRequiredTestClass(), true)) {
      field.setAccessible(true);
      Object preset = field.get(null);
      if (preset instanceof FakeServer) {
        store(context).put(preset.getClass(), preset);
      } else {
        toInject.add(field);
      }
    }
    for (Field field : toInject) {
      field.set(null, valueFor(context, field.getType(), field.getAnnotation(Fake.class), field.toString()));
    }
  }

  @Override
  public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws IllegalAccessException {
    for (Field field : fakeFields(testInstance.getClass(), false)) {
      field.setAccessible(true);
      field.set(testInstance, valueFor(context, field.getType(), field.getAnnotation(Fake.class), field.toString()));
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.isAnnotated(Fake.class);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Fake fake = parameter.findAnnotation(Fake.class).orElseThrow();
    return valueFor(context, parameter.getParameter().getType(), fake, parameter.getParameter().toString());
  }

  private static Object valueFor(ExtensionContext context, Class<?> type, Fake fake, String target) {
    if (FakeServer.class.isAssignableFrom(type)) {
      return fake(context, type.asSubclass(FakeServer.class), target);
    }
    if (fake.value() == FakeServer.class) {
      throw new ExtensionConfigurationException("@Fake on " + target + ": a " + type.getSimpleName()
          + " target needs the fake type, as in @Fake(FakeKeystone.class)");
    }
    FakeServer server = fake(context, fake.value(), target);
    if (type == String.class) {
      return server.baseUrl();
    }
    if (type == URI.class) {
      return server.baseUri();
    }
    throw new ExtensionConfigurationException("@Fake on " + target + ": cannot inject into " + type.getName()
        + " (use a FakeServer type, String or URI)");
  }

  private static FakeServer fake(ExtensionContext context, Class<? extends FakeServer> type, String target) {
    if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
      throw new ExtensionConfigurationException("@Fake on " + target + ": " + type.getName() + " is not a concrete fake");
    }
    return store(context).getOrComputeIfAbsent(type, t -> start(type, target), FakeServer.class);
  }

  private static FakeServer start(Class<? extends FakeServer> type, String target) {
    try {
      Method start = type.getMethod("start");
      if (!Modifier.isStatic(start.getModifiers()) || !type.isAssignableFrom(start.getReturnType())) {
        throw new NoSuchMethodException(type.getName() + ".start() is not a static factory of the fake");
      }
      return type.cast(start.invoke(null));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new ExtensionConfigurationException("@Fake on " + target + ": " + type.getName()
          + " has no public static start() method", e);
    } catch (InvocationTargetException e) {
      throw new ExtensionConfigurationException("@Fake on " + target + ": starting " + type.getName() + " failed",
          e.getCause());
    }
  }

  /** The store of the class-level context, so that all methods of a class share the fakes. */
  private static ExtensionContext.Store store(ExtensionContext context) {
    ExtensionContext c = context;
    while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
      c = c.getParent().get();
    }
    return c.getStore(NAMESPACE);
  }

  private static List<Field> fakeFields(Class<?> type, boolean statics) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (f.isAnnotationPresent(Fake.class) && Modifier.isStatic(f.getModifiers()) == statics) {
          fields.add(f);
        }
      }
    }
    return fields;
  }
}
